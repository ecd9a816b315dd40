package dev.headroom.app.gui.prometheus;

import dev.headroom.app.gui.workspace.StillMissing;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.app.service.UsageImports;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Resource;
import dev.headroom.io.project.Project;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusQuery;
import dev.headroom.io.prometheus.PrometheusUsage;
import dev.headroom.io.prometheus.Steps;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "From Prometheus" import without a screen: server, authentication, one query per resource, the label naming
 * workloads, the days, the step and the planning period; {@link #preview()} fetches and rolls up through the
 * window's Activity (never on the screen's thread) and lists the series found; {@link #confirm()} merges them into
 * the open project, or opens them as a new project. The secret typed here stays in memory: the project keeps the
 * environment variable's name, or nothing, never the secret. Any edit drops the preview, so Import always brings
 * what was previewed with the settings shown.
 */
public final class PrometheusImportModel {
    private static final Texts T = Texts.of(PrometheusImportModel.class);

    private final Workspace workspace;
    private final Activity activity;
    private final DialogService dialogs;
    private final PrometheusImports imports;

    private final StringProperty url = new SimpleStringProperty("http://localhost:9090");
    private final ObjectProperty<Credentials.Kind> auth = new SimpleObjectProperty<>(Credentials.Kind.NONE);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty secretVariable = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final ObservableList<QueryRow> queries = FXCollections.observableArrayList(
            q -> new Observable[] {q.resourceProperty(), q.promqlProperty(), q.aggregationProperty()});
    private final StringProperty label = new SimpleStringProperty("namespace");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty step = new SimpleStringProperty("1h");
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.MONTH);

    private final ReadOnlyObjectWrapper<PrometheusUsage> fetched = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> found = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<String> foundView = FXCollections.unmodifiableObservableList(found);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canImport;
    private final ProjectDefaults defaults;

    public PrometheusImportModel(Workspace workspace, Activity activity, DialogService dialogs, PrometheusImports imports,
                                 LocalDate today) {
        this(workspace, activity, dialogs, imports, today, ProjectDefaults.standard());
    }

    /** @param defaults what a new project and new resources start with (the planner's preferences) */
    public PrometheusImportModel(Workspace workspace, Activity activity, DialogService dialogs, PrometheusImports imports,
                                 LocalDate today, ProjectDefaults defaults) {
        this.defaults = Objects.requireNonNull(defaults);
        this.workspace = Objects.requireNonNull(workspace);
        this.activity = Objects.requireNonNull(activity);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.imports = Objects.requireNonNull(imports);
        to.set(today.minusDays(1));
        from.set(today.minusYears(1));
        queries.addAll(new QueryRow("cpu", "sum by (namespace) (rate(container_cpu_usage_seconds_total{container!=\"\"}[5m]))",
                        Aggregation.P95),
                new QueryRow("memory", "sum by (namespace) (container_memory_working_set_bytes{container!=\"\"}) / 2^30",
                        Aggregation.MAX));
        workspace.input().ifPresent(in -> {
            frequency.set(in.settings().frequency());
            for (QueryRow q : queries) {
                in.resource(q.resourceProperty().get()).map(Resource::aggregation).ifPresent(q.aggregationProperty()::set);
            }
        });
        for (Observable o : List.<Observable>of(url, auth, user, secretVariable, secret, queries, label, from, to, step,
                frequency)) {
            o.addListener(x -> dropPreview());
        }
        canImport = Bindings.createBooleanBinding(() -> fetched.get() != null && !activity.busyProperty().get(),
                fetched, activity.busyProperty());
    }

    /** The import as set up, or empty with {@link #problemProperty()} saying what is wrong. */
    Optional<PrometheusImport> definition() {
        try {
            List<PrometheusQuery> q = queries.stream()
                    .map(r -> new PrometheusQuery(r.resourceProperty().get(), r.promqlProperty().get())).toList();
            Credentials credentials = switch (auth.get()) {
                case NONE -> Credentials.NONE;
                case BASIC -> Credentials.basic(user.get(), secretVariable.get());
                case BEARER -> Credentials.bearer(secretVariable.get());
            };
            if (from.get() == null || to.get() == null) {
                throw new IllegalArgumentException(T.get("problem.days"));
            }
            Optional<Frequency> own = workspace.input().map(in -> in.settings().frequency());
            if (own.isPresent() && own.get() != frequency.get()) {
                throw new IllegalArgumentException(T.get("problem.frequency", own.get()));
            }
            return Optional.of(new PrometheusImport(new URI(url.get().strip()), credentials, q, label.get(), from.get(),
                    to.get(), Steps.parse(step.get()), frequency.get()));
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            problem.set(Messages.of(e));
            return Optional.empty();
        }
    }

    /** Fetches the series through the window's Activity and lists them; a failure is shown in words. */
    public void preview() {
        Optional<PrometheusImport> d = definition();
        if (d.isEmpty()) {
            return;
        }
        problem.set("");
        Map<String, Aggregation> rollUp = rollUp();
        String typed = secret.get();
        PrometheusImports.Secrets secrets = new PrometheusImports.Secrets(System.getenv(),
                () -> typed.isEmpty() ? Optional.empty() : Optional.of(typed.toCharArray()));
        activity.start(T.get("activity.reading"), T.get("activity.failed"),
                (progress, cancellation) -> imports.fetch(d.get(), PrometheusImports.auth(d.get(), secrets), rollUp,
                        progress, cancellation),
                usage -> {
                    fetched.set(usage);
                    found.setAll(describe(usage));
                },
                error -> problem.set(Messages.of(error)));
    }

    /**
     * Merges the previewed series into the open project (one undoable edit) or opens them as a new, unsaved
     * project; false when there is nothing previewed or the merge fails (said in a dialog).
     */
    public boolean confirm() {
        PrometheusUsage usage = fetched.get();
        if (usage == null || activity.busyProperty().get()) {
            return false;
        }
        Map<String, Aggregation> rollUp = rollUp();
        try {
            if (workspace.project().isPresent()) {
                workspace.update(T.get("edit.name"), p -> PrometheusImports.into(p, usage, rollUp, defaults));
            } else {
                workspace.open(PrometheusImports.newProject("prometheus", usage, rollUp, defaults), null, "");
                workspace.markUnsaved();
            }
        } catch (RuntimeException e) {
            dialogs.showError(T.get("import.failed"), Messages.of(e));
            return false;
        }
        activity.say(T.get("import.done", usage.series().size()));
        List<String> missing = StillMissing.of(workspace.input().orElseThrow());
        if (!missing.isEmpty()) {
            dialogs.notify(T.get("import.missing", String.join("; ", missing)));
        }
        return true;
    }

    /** Adds an empty query row for another resource. */
    public void addQuery() {
        queries.add(new QueryRow("", "", Aggregation.P95));
    }

    /** Each query's roll-up; a resource the project has keeps its own, as its history is already rolled up so. */
    private Map<String, Aggregation> rollUp() {
        Map<String, Aggregation> chosen = new LinkedHashMap<>();
        queries.forEach(q -> chosen.put(q.resourceProperty().get().strip(), q.aggregationProperty().get()));
        workspace.input().ifPresent(in -> in.resources().forEach(r -> chosen.computeIfPresent(r.name(),
                (k, v) -> r.aggregation())));
        return chosen;
    }

    private static List<String> describe(PrometheusUsage usage) {
        return usage.workloadsByResource().entrySet().stream()
                .map(e -> T.get("preview.line", e.getKey(), e.getValue().size(), String.join(", ", e.getValue())))
                .toList();
    }

    private void dropPreview() {
        fetched.set(null);
        found.clear();
    }

    /** Today in UTC, the day Prometheus counts in; the range ends the day before, the last whole day. */
    public static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<Credentials.Kind> authProperty() {
        return auth;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty secretVariableProperty() {
        return secretVariable;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public ObservableList<QueryRow> queries() {
        return queries;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public ReadOnlyObjectProperty<PrometheusUsage> fetchedProperty() {
        return fetched.getReadOnlyProperty();
    }

    /** One line per resource: how many series were found and their workloads. */
    public ObservableList<String> found() {
        return foundView;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canImport() {
        return canImport;
    }
}
