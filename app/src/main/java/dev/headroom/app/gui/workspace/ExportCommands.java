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
        withPlan("export the plan workbook").ifPresent(shown -> dialogs
                .chooseFileToSave("Export the plan workbook", FileKind.PLAN_WORKBOOK, baseName() + "-plan.xlsx")
                .ifPresent(out -> write("Writing " + out.getFileName(), out,
                        () -> planning.writePlanWorkbook(shown.plan(), shown.input(), out))));
    }

    /** The plan's tables as CSV files in a folder the person chooses. */
    public void exportCsv(boolean forExcel) {
        withPlan("export CSV").ifPresent(shown -> dialogs.chooseFolder("Folder for the plan's CSV files")
                .ifPresent(dir -> write("Writing CSV files to " + dir.getFileName(), dir,
                        () -> planning.writeCsv(shown.plan(), shown.input(), dir, forExcel))));
    }

    /** The printable report as PDF, on the paper usual where the person is. */
    public void exportReport() {
        withPlan("export the report").ifPresent(shown -> dialogs
                .chooseFileToSave("Export the plan report", FileKind.PDF, baseName() + "-report.pdf")
                .ifPresent(out -> write("Writing " + out.getFileName(), out,
                        () -> planning.writeReport(shown.plan(), shown.input(), out, localPaper()))));
    }

    /** The JSON summary of CONTRACT §6, for scripts. */
    public void exportJson() {
        withPlan("export the JSON summary").ifPresent(shown -> dialogs
                .chooseFileToSave("Export the plan summary", FileKind.JSON, baseName() + "-plan.json")
                .ifPresent(out -> write("Writing " + out.getFileName(), out,
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
            dialogs.notify("Plan " + (Scenario.BASELINE.equals(scenario) ? "the project" : "scenario " + scenario)
                    + " first, then " + purpose + ".");
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
        activity.start(what, "Could not write " + out.getFileName(), (p, c) -> {
            writer.run();
            return out;
        }, written -> dialogs.notify("Wrote " + written));
    }
}
