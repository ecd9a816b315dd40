package dev.headroom.app.gui.importer;

import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.app.service.UsageImports;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Worded;
import dev.headroom.io.project.Project;
import dev.headroom.io.table.SheetPreview;
import dev.headroom.io.table.TableOptions;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.UsageImport;
import dev.headroom.io.usage.UsageImporter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One reading of the file as the wizard stands: the preview of its first rows, the columns found, the whole file
 * read as the import would read it (a dry run), and the project that importing it would give. Runs away from the
 * screen's thread on what the wizard held when it started, and touches nothing the screen shows.
 *
 * @param preview  the first rows, or null when the file cannot be read as a table at all
 * @param detected the mapping with the layout and columns found, or null when they could not be found
 * @param imported the import, or null when the file or the project has problems
 * @param outcome  the project after the import, or null when there is none to show
 * @param problems every problem found, each with its place; empty when the import can go ahead
 */
public record ImportReading(SheetPreview preview, ImportMapping detected, UsageImport imported, Project outcome,
                     List<InputProblem> problems) {

    /** What the wizard held when the reading started. */
    public record Request(Path file, ImportMapping mapping, Optional<Frequency> frequency,
                   List<UsageImports.ResourceChoice> choices, Optional<Project> project, String newProjectName,
                          ProjectDefaults defaults) {
    }

    public ImportReading {
        problems = List.copyOf(problems);
    }

    static ImportReading of(Request request) {
        String fileName = String.valueOf(request.file().getFileName());
        List<InputProblem> problems = new ArrayList<>();
        SheetPreview preview;
        try {
            preview = SheetPreview.read(request.file(), request.mapping().sheet(),
                    new TableOptions(request.mapping().skipRows(), request.mapping().headerRow()), WizardModel.PREVIEW_ROWS);
        } catch (InvalidInputException e) {
            return new ImportReading(null, null, null, null, e.problems());
        }
        ImportMapping mapping = preview.sheet().isEmpty() ? request.mapping() : request.mapping().withSheet(preview.sheet());
        ImportMapping detected = null;
        if (!preview.headers().isEmpty()) {
            try {
                detected = UsageImporter.detect(fileName, preview.sheet(), preview.headers(), mapping);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReading(preview, null, null, null, problems);
        }
        UsageImport imported;
        try {
            imported = UsageImports.dryRun(request.file(), mapping, UsageImports.options(
                    request.project().map(Project::input), request.frequency(), request.choices()));
        } catch (InvalidInputException e) {
            return new ImportReading(preview, detected, null, null, e.problems());
        }
        Map<String, Aggregation> rollUp = new java.util.LinkedHashMap<>();
        request.choices().forEach(c -> rollUp.put(c.resource(), c.aggregation()));
        try {
            Project outcome = request.project().isPresent()
                    ? UsageImports.into(request.project().get(), request.file(), imported, rollUp, request.defaults())
                    : UsageImports.newProject(request.newProjectName(), request.file(), imported, rollUp,
                    request.defaults());
            return new ImportReading(preview, detected == null ? imported.mapping() : detected, imported, outcome,
                    List.of());
        } catch (InvalidInputException e) {
            // The file is fine but the project would not be: say so against the project, as a blocking problem.
            return new ImportReading(preview, detected, imported, null, e.problems());
        } catch (IllegalArgumentException e) {
            return new ImportReading(preview, detected, imported, null, List.of(e instanceof Worded w
                    ? InputProblem.general(fileName, w.wording()) : InputProblem.general(fileName, e.getMessage())));
        }
    }
}
