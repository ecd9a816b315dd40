package dev.headroom.app.gui.data;

import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadsViewModelTest {

    private final DataFixture f = new DataFixture();
    private final WorkloadsViewModel vm = f.vm.workloads();

    @Test
    void theSampleShowsItsFortyWorkloadsAndTheFirstOnesHistory() {
        assertThat(vm.shownRows()).hasSize(f.input().workloads().size()).hasSize(40);
        assertThat(vm.countProperty().get()).isEqualTo("40 workloads");
        assertThat(vm.selectedProperty().get().original().name()).isEqualTo(f.input().workloads().getFirst().name());
        assertThat(vm.selectedResourceProperty().get()).isEqualTo("cpu");
        TimeSeries cpu = f.input().usage().stream()
                .filter(s -> s.key().equals(new SeriesKey(f.input().workloads().getFirst().name(), "cpu"))).findFirst().orElseThrow();
        assertThat(vm.historyProperty().get()).hasSize(cpu.length());
        assertThat(vm.historyProperty().get().getLast()).isEqualTo(
                new WorkloadsViewModel.Point(cpu.end().toString(), cpu.valueAt(cpu.length() - 1)));
    }

    @Test
    void aTextFilterMatchesNamesPoolsAndGroupsIgnoringCase() {
        vm.filterTextProperty().set("CHECKOUT");
        assertThat(vm.shownRows()).extracting(r -> r.original().name()).containsExactly("checkout-api", "us-checkout-api");
        assertThat(vm.countProperty().get()).isEqualTo("2 of 40 workloads");

        vm.filterTextProperty().set("us-web");
        long inUsWeb = f.input().workloads().stream().filter(w -> w.pinnedPool().filter("us-web"::equals).isPresent()
                || w.allowedPools().contains("us-web")).count();
        assertThat(vm.shownRows()).hasSize((int) inUsWeb).isNotEmpty();

        vm.filterTextProperty().set("");
        assertThat(vm.shownRows()).hasSize(40);
    }

    @Test
    void aPoolFilterShowsTheWorkloadsThatMayRunInIt() {
        vm.poolFilterProperty().set("eu-data");
        long expected = f.input().workloads().stream().filter(w -> w.mayRunIn("eu-data")).count();
        assertThat(vm.shownRows()).hasSize((int) expected).allMatch(r -> r.original().mayRunIn("eu-data"));
        assertThat(expected).isBetween(1L, 39L);

        vm.filterTextProperty().set("db");
        assertThat(vm.shownRows()).isNotEmpty().allMatch(r -> r.original().name().contains("db")
                && r.original().mayRunIn("eu-data"));
    }

    @Test
    void aSparklineHoldsTheLast24PeriodsAndTheLatestValueHasItsUnit() {
        double[] recent = vm.recent("storefront", "memory");
        TimeSeries memory = f.input().usage().stream().filter(s -> s.key().equals(new SeriesKey("storefront", "memory")))
                .findFirst().orElseThrow();
        assertThat(recent).hasSize(WorkloadsViewModel.RECENT);
        assertThat(recent[23]).isEqualTo(memory.valueAt(memory.length() - 1));
        assertThat(recent[0]).isEqualTo(memory.valueAt(memory.length() - 24));
        assertThat(vm.latest("storefront", "memory")).isEqualTo(WorkloadsViewModel.format(recent[23]) + " GiB");
    }

    @Test
    void aWorkloadKnownOnlyAsFutureDemandSaysItHasNoHistory() {
        assertThat(vm.recent("ml-inference", "cpu")).isEmpty();
        assertThat(vm.latest("ml-inference", "cpu")).isEqualTo("no history");
        vm.selectedProperty().set(DataFixture.row(vm.table(), WorkloadsTable.NAME, "ml-inference"));
        assertThat(vm.historyProperty().get()).isEmpty();
        assertThat(vm.historyTitleProperty().get()).isEqualTo("ml-inference — cpu (cores): no usage history");
    }

    @Test
    void choosingAResourceShowsItsHistoryInItsUnit() {
        vm.selectedProperty().set(DataFixture.row(vm.table(), WorkloadsTable.NAME, "orders-db"));
        vm.selectedResourceProperty().set("storage");
        assertThat(vm.historyTitleProperty().get()).isEqualTo("orders-db — storage (TB)");
        assertThat(vm.historyProperty().get()).isNotEmpty();
    }

    @Test
    void numbersAreShownWithAboutThreeFigures() {
        assertThat(WorkloadsViewModel.format(1234.56)).isEqualTo("1235");
        assertThat(WorkloadsViewModel.format(42.345)).isEqualTo("42.3");
        assertThat(WorkloadsViewModel.format(0.4567)).isEqualTo("0.46");
    }
}
