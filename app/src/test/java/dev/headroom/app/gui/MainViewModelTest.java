package dev.headroom.app.gui;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.forecast.SmileForecaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {

    private final PlanningService planning = new PlanningService(new SmileForecaster());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MainViewModel vm = new MainViewModel(planning, new CurrentThreadTaskRunner(), dialogs);

    @Test
    void nothingCanBePlannedBeforeSomethingIsOpen() {
        assertThat(vm.canPlanProperty().get()).isFalse();
        vm.runPlan();
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.titleProperty().get()).isEqualTo("Headroom");
    }

    @Test
    void openingTheSampleFillsTheWorkloadsAndNamesTheWindow() {
        vm.openSample();
        assertThat(vm.workloads()).hasSize(40);
        assertThat(vm.resources()).extracting(r -> r.name() + " " + r.unit())
                .containsExactly("cpu cores", "memory GiB", "storage TB", "network Gbps");
        assertThat(vm.titleProperty().get()).isEqualTo("Headroom — Headroom sample");
        WorkloadRow storefront = vm.workloads().stream().filter(r -> r.workload().equals("storefront")).findFirst()
                .orElseThrow();
        assertThat(storefront.pools()).isEqualTo("eu-web");
        assertThat(storefront.latestUsage()).containsKeys("cpu", "memory", "storage", "network");
        assertThat(vm.canPlanProperty().get()).isTrue();
    }

    @Test
    void planningTheSampleShowsItsPurchases() {
        vm.openSample();
        vm.runPlan();
        assertThat(vm.planProperty().get()).isNotNull();
        assertThat(vm.planProperty().get().status()).isNotEqualTo(PlanStatus.NO_SOLUTION);
        assertThat(vm.purchases()).isNotEmpty().isEqualTo(vm.planProperty().get().purchases());
        assertThat(vm.planSummaryProperty().get()).contains("total cost");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenWorkbookIsReportedAndTheOpenInputKept(@TempDir Path dir) throws IOException {
        vm.openSample();
        Path junk = dir.resolve("junk.xlsx");
        Files.writeString(junk, "not a workbook");
        dialogs.fileToOpen = Optional.of(junk);
        vm.openWorkbook();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not open junk.xlsx").contains("junk.xlsx");
        assertThat(vm.workloads()).hasSize(40);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aNewInputClearsTheOldPlan() {
        vm.openSample();
        vm.runPlan();
        vm.openSample();
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.purchases()).isEmpty();
    }
}
