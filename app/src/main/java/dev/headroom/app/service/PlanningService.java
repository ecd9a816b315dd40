package dev.headroom.app.service;

import dev.headroom.app.sample.SampleGenerator;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.pipeline.Planner;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.io.csv.CsvOptions;
import dev.headroom.io.csv.PlanCsvWriter;
import dev.headroom.io.plan.PlanJsonWriter;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ScenariosSheet;
import dev.headroom.io.plan.PlanWorkbookWriter;
import dev.headroom.io.report.PaperSize;
import dev.headroom.io.report.PlanReportWriter;
import dev.headroom.io.report.ReportOptions;
import dev.headroom.io.workbook.PlanningWorkbookReader;
import dev.headroom.io.workbook.PlanningWorkbookWriter;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a planner does with Headroom, in one place for both faces: the command line and the window
 * call these methods and nothing computes a plan anywhere else.
 */
public final class PlanningService {

    private final Forecaster forecaster;

    public PlanningService(Forecaster forecaster) {
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
    }

    /** Reads a planning workbook; every problem in it comes back at once as an InvalidInputException. */
    public PlanningInput load(Path workbook) {
        return PlanningWorkbookReader.read(workbook);
    }

    /**
     * A planning workbook as a project: its input and the what-ifs of its Scenarios sheet, every problem in
     * either reported at once as an InvalidInputException.
     */
    public Project loadProject(Path workbook) {
        PlanningInput in = load(workbook);
        List<Scenario> scenarios = PlanningWorkbookReader.isPlanningWorkbook(workbook)
                ? ScenariosSheet.read(workbook, in.settings().frequency()) : List.of();
        return Project.of(in).withScenarios(scenarios);
    }

    /** The bundled sample, generated (not read from a file), so it opens even where nothing is installed. */
    public PlanningInput sample() {
        return SampleGenerator.sample();
    }

    /** The bundled sample with its what-ifs, as a project not yet saved. */
    public Project sampleProject() {
        return Project.of(sample()).withScenarios(SampleGenerator.sampleScenarios());
    }

    /** Forecasts demand and finds the cheapest plan; progress and cancellation come from the caller. */
    public Plan plan(PlanningInput input, ProgressListener progress, Cancellation cancellation) {
        return new Planner(forecaster).plan(input, progress, cancellation);
    }

    /** Plans a scenario of the input: its changes applied to the input, its growth to the forecasts. */
    public Plan plan(Scenario scenario, PlanningInput base, ProgressListener progress, Cancellation cancellation) {
        return scenario.plan(base, forecaster, progress, cancellation);
    }

    /**
     * Plans a scenario of a project: the scenario applied to the project's input, the project's forecast choices
     * (models forced per series, manual adjustments) applied to the forecasts, then the scenario's growth.
     */
    public Plan plan(Scenario scenario, Project project, ProgressListener progress, Cancellation cancellation) {
        return scenario.plan(project.input(), project.forecastChoices().forecaster(forecaster), progress, cancellation);
    }

    /** Forecasting with the same forecaster, for screens that show forecasts without planning. */
    public ForecastService forecasting() {
        return new ForecastService(forecaster, forecaster.modelNames());
    }

    /** Writes the plan workbook (CONTRACT §6), replacing an existing file atomically. */
    public void writePlanWorkbook(Plan plan, PlanningInput input, Path out) {
        PlanWorkbookWriter.write(plan, input, out);
    }

    /**
     * Writes the plan workbook of the first of several scenarios planned, with a sheet that sets them side by
     * side; {@code comparison} null writes the plan alone.
     */
    public void writePlanWorkbook(Plan plan, PlanningInput input, ScenarioComparison comparison, Path out) {
        PlanWorkbookWriter.write(plan, input, comparison, out);
    }

    /** Writes the JSON summary (CONTRACT §6), replacing an existing file atomically. */
    public void writeSummaryJson(Plan plan, Path out) {
        PlanJsonWriter.write(plan, out);
    }

    /** Writes the printable plan report (PDF) on the given paper, replacing an existing file atomically. */
    public void writeReport(Plan plan, PlanningInput input, Path out, PaperSize paper) {
        writeReport(plan, input, null, out, paper);
    }

    /**
     * Writes the report of the first of several scenarios planned, with a page that sets them side by side;
     * {@code comparison} null writes the plan alone.
     */
    public void writeReport(Plan plan, PlanningInput input, ScenarioComparison comparison, Path out, PaperSize paper) {
        writeReport(plan, input, comparison, out, paper, Locale.ENGLISH);
    }

    /** As {@link #writeReport(Plan, PlanningInput, ScenarioComparison, Path, PaperSize)}, in the language of
     * {@code locale}: Simplified Chinese for a Chinese locale, English for every other. */
    public void writeReport(Plan plan, PlanningInput input, ScenarioComparison comparison, Path out, PaperSize paper,
                            Locale locale) {
        PlanReportWriter.write(plan, input, comparison, out, ReportOptions.defaults().withPaper(paper)
                .withLocale(locale));
    }

    /**
     * Writes the plan's tables as CSV files into {@code dir}, creating it when missing.
     *
     * @param byteOrderMark start each file with a UTF-8 byte order mark, for Excel
     */
    public void writeCsv(Plan plan, PlanningInput input, Path dir, boolean byteOrderMark) {
        PlanCsvWriter.write(plan, input, dir, byteOrderMark ? CsvOptions.FOR_EXCEL : CsvOptions.PLAIN);
    }

    /** Writes the sample as a planning workbook with its what-ifs in a Scenarios sheet. */
    public void writeSample(Path out) {
        PlanningWorkbookWriter.write(sample(), SampleGenerator.sampleScenarios(), out);
    }

    public void writeTemplate(Path out) {
        PlanningWorkbookWriter.writeTemplate(out);
    }
}
