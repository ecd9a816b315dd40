package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.StillMissing;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.FileKind;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.app.service.UsageImports;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InputProblem;
import dev.headroom.io.table.SheetPreview;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The import wizard's state and commands, without a screen: the file and sheet, the mapping the planner edits
 * (layout, header, columns, decimal comma), each resource's unit and roll-up, and after every change a fresh
 * reading of the file ({@link ImportReading}: preview, columns found, a dry run, its problems). Nothing changes
 * in the workspace until {@link #confirm()}, which merges the import read into the open project, or opens it as
 * a new project when none is open.
 *
 * <p>Readings run on the given {@link TaskRunner}, not through the window's Activity: they follow each edit,
 * replace one another, and a reading still running when the next edit comes is dropped.
 */
public final class WizardModel {

    private static final Texts T = Texts.of(WizardModel.class);
    /** Rows the preview shows. */
    public static final int PREVIEW_ROWS = 20;

    /** The wizard's pages, in order. */
    public enum Page { FILE, COLUMNS, UNITS, CHECK }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Activity activity;
    private final ProjectDefaults defaults;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final MappingEdits edits = new MappingEdits(() -> this.applying, this::edited);
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>();
    private final ObservableList<ResourceRow> resources = FXCollections.observableArrayList();
    private final ObservableList<String> headers = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<SheetPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportReading> reading = new ReadOnlyObjectWrapper<>();
    private final ObservableList<InputProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ObservableList<String> stillMissing = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.FILE);
    private final BooleanBinding canImport;

    private Consumer<Runnable> scheduler = Runnable::run;
    private TaskRunner.Running running;
    private boolean readAgain;
    private boolean applying;
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Runnable> prometheusImport = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Frequency> fileFrequency = new ReadOnlyObjectWrapper<>();

    public WizardModel(Workspace workspace, TaskRunner tasks, DialogService dialogs, Activity activity) {
        this(workspace, tasks, dialogs, activity, ProjectDefaults.standard());
    }

    /**
     * @param defaults what a new project and new resources start with (the planner's preferences): horizon,
     *                 sizing quantile, target use, and the unit memory is planned in
     */
    public WizardModel(Workspace workspace, TaskRunner tasks, DialogService dialogs, Activity activity,
                       ProjectDefaults defaults) {
        this.defaults = Objects.requireNonNull(defaults);
        this.workspace = Objects.requireNonNull(workspace);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.activity = Objects.requireNonNull(activity);
        canImport = Bindings.createBooleanBinding(() -> reading.get() != null && reading.get().outcome() != null
                        && problems.isEmpty() && !working.get() && !pending.get() && !imported.get() && !closed.get(),
                reading, problems, working, pending, imported, closed);
        workspace.input().ifPresent(in -> frequency.set(in.settings().frequency()));
        frequency.addListener((o, was, now) -> edited(false, false));
    }

    /** Debounces readings: the screen passes a timer, so that typing a header row reads the file once. */
    public void setScheduler(Consumer<Runnable> scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler);
    }

    /** Asks for a usage file and reads it; false when the person cancelled. */
    public boolean chooseFile() {
        Optional<Path> chosen = dialogs.chooseFileToOpen(T.get("wizard.title"), FileKind.USAGE);
        chosen.ifPresent(this::open);
        return chosen.isPresent();
    }

    /** Reads a file from the start: its first sheet or the one named Usage, everything found automatically. */
    public void open(Path path) {
        applying = true;
        try {
            file.set(path.toAbsolutePath());
            sheets.clear();
            edits.reset();
            fileFrequency.set(null);
            if (workspace.project().isEmpty()) {
                frequency.set(null);
            }
            resources.clear();
            page.set(Page.FILE);
        } finally {
            applying = false;
        }
        requestReading();
    }

    /** After an edit: the columns start over when the table under them moved (sheet, header, layout). */
    private void edited(boolean columnsMoved, boolean sheetMoved) {
        if (applying) {
            return;
        }
        applying = true;
        try {
            if (columnsMoved) {
                edits.tableMoved(sheetMoved);
            }
            if (sheetMoved) {
                fileFrequency.set(null);
                if (workspace.project().isEmpty()) {
                    frequency.set(null);
                }
            }
        } finally {
            applying = false;
        }
        requestReading();
    }

    private void requestReading() {
        if (file.get() == null || closed.get()) {
            return;
        }
        pending.set(true);
        scheduler.accept(this::read);
    }

    /**
     * Reads the file as the wizard now stands. While a reading runs, edits wait for it: a big file is never read
     * twice at once, and a reading overtaken by an edit is not shown, only the one after the last edit.
     */
    void read() {
        if (file.get() == null || closed.get()) {
            return;
        }
        if (working.get()) {
            readAgain = true;
            pending.set(true);
            return;
        }
        ImportReading.Request request = new ImportReading.Request(file.get(), edits.mapping(),
                Optional.ofNullable(frequency.get()), resources.stream().map(ResourceRow::choice).toList(),
                workspace.project(), newProjectName(), defaults);
        pending.set(false);
        working.set(true);
        running = tasks.run((progress, cancellation) -> ImportReading.of(request), progress -> { },
                result -> finished(() -> show(result)), error -> finished(() -> {
                    org.slf4j.LoggerFactory.getLogger(WizardModel.class).warn("Reading {} failed", request.file(), error);
                    reading.set(null);
                    problems.setAll(InputProblem.general(String.valueOf(request.file().getFileName()),
                            Messages.of(error)));
                }));
    }

    private void finished(Runnable show) {
        working.set(false);
        running = null;
        if (closed.get()) {
            return;
        }
        if (readAgain) {
            readAgain = false;
            read();
        } else {
            show.run();
        }
    }

    private void show(ImportReading r) {
        applying = true;
        try {
            reading.set(r);
            problems.setAll(r.problems());
            preview.set(r.preview());
            if (r.preview() != null) {
                if (!sheets.equals(r.preview().sheets())) {
                    sheets.setAll(r.preview().sheets());
                }
                headers.setAll(r.preview().headers().stream().filter(h -> !h.isBlank()).toList());
            }
            edits.showFound(r);
            if (r.imported() != null) {
                List<ResourceRow> rows = ResourceRows.of(r.imported(), resources, workspace.input(), defaults,
                        () -> edited(false, false));
                if (!rows.equals(resources)) {
                    resources.setAll(rows);
                }
                summary.setAll(Summary.lines(r.imported()));
            } else {
                summary.clear();
            }
            stillMissing.setAll(r.outcome() == null ? List.of() : StillMissing.of(r.outcome().input()));
        } finally {
            applying = false;
        }
        if (r.imported() != null && fileFrequency.get() == null) {
            fileFrequency.set(r.imported().summary().frequency());
            // A new project is planned by month when the file's samples are finer: daily plans are slow and
            // the planner buys nodes by the month. The planner can still choose another period.
            if (workspace.project().isEmpty() && frequency.get() == null
                    && fileFrequency.get().isFinerThan(Frequency.MONTH)) {
                frequency.set(Frequency.MONTH);
            }
        }
    }

    /** Imports what the last reading read: into the open project, or as a new project; false when it could not. */
    public boolean confirm() {
        if (!canImport.get() || !ImportCommit.commit(workspace, activity, dialogs, file.get(), reading.get(), rollUp(),
                defaults)) {
            return false;
        }
        imported.set(true);
        return true;
    }

    /** Closes the wizard without importing: nothing in the workspace changes, and a running reading is dropped. */
    public void cancel() {
        closed.set(true);
        if (running != null) {
            running.cancel();
        }
        working.set(false);
    }

    /**
     * The other source the file page offers: the window's import from Prometheus (its own window and model, so
     * the wizard does not repeat it); null while there is none.
     */
    public void setPrometheusImport(Runnable open) {
        prometheusImport.set(open);
    }

    /** Whether the file page offers to import from Prometheus instead of a file. */
    public javafx.beans.binding.BooleanBinding offersPrometheus() {
        return prometheusImport.isNotNull();
    }

    /** Leaves the wizard for the import from Prometheus: like {@link #cancel()}, nothing of the file is imported. */
    public void fromPrometheus() {
        Runnable open = prometheusImport.get();
        if (open == null) {
            return;
        }
        cancel();
        open.run();
    }

    private java.util.Map<String, dev.headroom.core.model.Aggregation> rollUp() {
        java.util.Map<String, dev.headroom.core.model.Aggregation> m = new java.util.LinkedHashMap<>();
        resources.forEach(row -> m.put(row.name(), row.choice().aggregation()));
        return m;
    }

    private String newProjectName() {
        String n = String.valueOf(file.get().getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    public void next() {
        page.set(Page.values()[Math.min(page.get().ordinal() + 1, Page.values().length - 1)]);
    }

    public void back() {
        page.set(Page.values()[Math.max(page.get().ordinal() - 1, 0)]);
    }

    public void show(Page p) {
        page.set(Objects.requireNonNull(p));
    }

    /** Whether the import goes into an open project (else it becomes a new one). */
    public boolean intoOpenProject() {
        return workspace.project().isPresent();
    }

    /** The name of the project imported into, or of the new one. */
    public String destination() {
        return workspace.project().isPresent() ? workspace.displayName() : file.get() == null ? "" : newProjectName();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The mapping as the planner edits it. */
    public MappingEdits edits() {
        return edits;
    }

    /** The planning period; null: the file's own. Fixed to the project's when one is open. */
    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public ObservableList<ResourceRow> resources() {
        return resources;
    }

    /** The header texts of the sheet, offered for each column. */
    public ObservableList<String> headers() {
        return headers;
    }

    public ReadOnlyObjectProperty<SheetPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The latest reading: preview, columns found, the import read and the project it would give. */
    public ReadOnlyObjectProperty<ImportReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Every problem of the latest reading, with its cell; the import waits until there are none. */
    public ObservableList<InputProblem> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Whether an edit waits for its reading (the timer has not run yet). */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The period of the file's own samples, once it has been read. */
    public ReadOnlyObjectProperty<Frequency> fileFrequencyProperty() {
        return fileFrequency.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public BooleanBinding canImport() {
        return canImport;
    }

    /** What the latest reading found, in lines: series, periods from–to, workloads, resources, roll-up. */
    public ObservableList<String> summary() {
        return summary;
    }

    /** What the project would still lack to plan after this import, in words. */
    public ObservableList<String> stillMissing() {
        return stillMissing;
    }
}
