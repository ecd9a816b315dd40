package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.io.report.PaperSize;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Handing the plan on from the window: the plan workbook, CSV tables, the PDF report and the JSON summary of
 * the scenario the screens show, written by the same service as {@code headroom plan --out/--report}.
 */
public final class ExportCommands {

    private static final Texts T = Texts.of(ExportCommands.class);

    private final Workspace workspace;
    private final Activity activity;
    private final PlanningService planning;
    private final DialogService dialogs;

    public ExportCommands(Workspace workspace, Activity activity, PlanningService planning, DialogService dialogs) {
        this.workspace = Objects.requireNonNull(workspace);
        this.activity = Objects.requireNonNull(activity);
        this.planning = Objects.requireNonNull(planning);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /** The plan workbook (PLAN.xlsx: summary, purchases, utilization heat map, placement, forecast, charts). */
    public void exportWorkbook() {
        withPlan(T.get("export.workbook.purpose")).ifPresent(shown -> dialogs
                .chooseFileToSave(T.get("export.workbook.title"), FileKind.PLAN_WORKBOOK, baseName() + "-plan.xlsx")
                .ifPresent(out -> write(T.get("export.writing", out.getFileName()), out,
                        () -> planning.writePlanWorkbook(shown.plan(), shown.input(), out))));
    }

    /** The plan's tables as CSV files in a folder the person chooses. */
    public void exportCsv(boolean forExcel) {
        withPlan(T.get("export.csv.purpose")).ifPresent(shown -> dialogs.chooseFolder(T.get("export.csv.title"))
                .ifPresent(dir -> write(T.get("export.csv.writing", dir.getFileName()), dir,
                        () -> planning.writeCsv(shown.plan(), shown.input(), dir, forExcel))));
    }

    /** The printable report as PDF, on the paper usual where the person is. */
    public void exportReport() {
        withPlan(T.get("export.report.purpose")).ifPresent(shown -> dialogs
                .chooseFileToSave(T.get("export.report.title"), FileKind.PDF, baseName() + "-report.pdf")
                .ifPresent(out -> write(T.get("export.writing", out.getFileName()), out,
                        () -> planning.writeReport(shown.plan(), shown.input(), null, out, localPaper(),
                                Locale.getDefault()))));
    }

    /** The JSON summary of CONTRACT §6, for scripts. */
    public void exportJson() {
        withPlan(T.get("export.json.purpose")).ifPresent(shown -> dialogs
                .chooseFileToSave(T.get("export.json.title"), FileKind.JSON, baseName() + "-plan.json")
                .ifPresent(out -> write(T.get("export.writing", out.getFileName()), out,
                        () -> planning.writeSummaryJson(shown.plan(), out))));
    }

    /** A plan with the input it was made from, ready to hand on. */
    public record ShownPlan(Plan plan, PlanningInput input, String scenario) {
    }

    /** The plan the screens show, or a note saying to plan first. */
    public Optional<ShownPlan> withPlan(String purpose) {
        String scenario = workspace.selectedScenarioProperty().get();
        Optional<Plan> plan = workspace.selectedPlan();
        Optional<PlanningInput> input = workspace.selectedInput();
        if (plan.isEmpty() || input.isEmpty()) {
            dialogs.notify(Scenario.BASELINE.equals(scenario) ? T.get("export.planFirst", purpose)
                    : T.get("export.planScenarioFirst", scenario, purpose));
            return Optional.empty();
        }
        return Optional.of(new ShownPlan(plan.get(), input.get(), scenario));
    }

    /** A4 everywhere but where Letter is the custom (United States, Canada, Mexico, the Philippines, Chile). */
    public static PaperSize localPaper() {
        return switch (Locale.getDefault(Locale.Category.FORMAT).getCountry()) {
            case "US", "CA", "MX", "PH", "CL" -> PaperSize.LETTER;
            default -> PaperSize.A4;
        };
    }

    private String baseName() {
        String scenario = workspace.selectedScenarioProperty().get();
        String name = workspace.displayName().replaceAll("[\\\\/:*?\"<>|]", "_");
        return Scenario.BASELINE.equals(scenario) ? name : name + "-" + scenario;
    }

    private void write(String what, Path out, Runnable writer) {
        activity.start(what, T.get("export.failed", out.getFileName()), (p, c) -> {
            writer.run();
            return out;
        }, written -> dialogs.notify(T.get("export.wrote", written)));
    }
}
