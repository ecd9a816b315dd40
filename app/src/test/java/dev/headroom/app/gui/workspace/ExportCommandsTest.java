package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.report.PaperSize;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandsTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Workspace workspace = new Workspace();
    private final PlanningService planning = new PlanningService(new SmileForecaster());
    private final ExportCommands exports = new ExportCommands(workspace,
            new Activity(new CurrentThreadTaskRunner(), dialogs), planning, dialogs);

    @Test
    void withoutAPlanItSaysToPlanFirstAndWritesNothing() {
        workspace.open(planning.sampleProject(), null, "");
        dialogs.fileToSave = Optional.of(dir.resolve("plan.xlsx"));
        exports.exportWorkbook();
        assertThat(dialogs.notes).containsExactly("Plan the project first, then export the plan workbook.");
        assertThat(dir.resolve("plan.xlsx")).doesNotExist();
    }

    @Test
    void theShownPlanIsWrittenAsWorkbookReportCsvAndJson() throws Exception {
        workspace.open(planning.sampleProject(), null, "");
        workspace.putPlan(new ScenarioPlan("baseline",
                planning.plan(workspace.input().orElseThrow(), p -> { }, Cancellation.NEVER)));

        dialogs.fileToSave = Optional.of(dir.resolve("plan.xlsx"));
        exports.exportWorkbook();
        try (Workbook wb = WorkbookFactory.create(dir.resolve("plan.xlsx").toFile(), null, true)) {
            assertThat(wb.getSheet("Purchases")).isNotNull();
        }
        dialogs.fileToSave = Optional.of(dir.resolve("report.pdf"));
        exports.exportReport();
        assertThat(Files.readString(dir.resolve("report.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        dialogs.folder = Optional.of(dir.resolve("csv"));
        exports.exportCsv(true);
        assertThat(dir.resolve("csv").resolve("purchases.csv")).exists();
        dialogs.fileToSave = Optional.of(dir.resolve("plan.json"));
        exports.exportJson();
        assertThat(Files.readString(dir.resolve("plan.json"))).contains("\"total_cost\"");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notes).hasSize(4).allSatisfy(n -> assertThat(n).startsWith("Wrote "));
    }

    @Test
    void theReportPaperFollowsTheCountry() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertThat(ExportCommands.localPaper()).isEqualTo(PaperSize.LETTER);
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(ExportCommands.localPaper()).isEqualTo(PaperSize.A4);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
