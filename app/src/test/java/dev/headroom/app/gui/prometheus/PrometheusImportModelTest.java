package dev.headroom.app.gui.prometheus;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.CurrentThreadTaskRunner;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.FakePrometheus;
import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The "From Prometheus" import without a screen: fetches run at once on the test's thread, against a stand-in. */
class PrometheusImportModelTest {
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final Activity activity = new Activity(tasks, dialogs);
    private FakePrometheus prometheus;

    @BeforeEach
    void start() throws IOException {
        prometheus = new FakePrometheus();
    }

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private PrometheusImportModel model() {
        PrometheusImportModel m = new PrometheusImportModel(workspace, activity, dialogs,
                new PrometheusImports(PrometheusOptions.defaults()), LocalDate.of(2025, 3, 1));
        m.urlProperty().set(prometheus.url());
        return m;
    }

    private static double monthlyMax(String workload, LocalDate month) {
        double max = Double.NEGATIVE_INFINITY;
        for (long t = month.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
             t < month.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond(); t += 3600) {
            max = Math.max(max, FakePrometheus.value(workload, t));
        }
        return max;
    }

    private static TimeSeries series(Project p, String workload, String resource) {
        return p.input().usage().stream().filter(s -> s.key().equals(new SeriesKey(workload, resource))).findFirst()
                .orElseThrow();
    }

    @Test
    void aPreviewListsTheSeriesFoundAndAnEditDropsIt() {
        PrometheusImportModel m = model();
        assertThat(m.fromProperty().get()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(m.toProperty().get()).as("yesterday, the last whole day").isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(m.canImport().get()).isFalse();

        m.preview();

        assertThat(m.problemProperty().get()).isEmpty();
        assertThat(m.found()).containsExactly("cpu: 2 series (checkout, search)", "memory: 2 series (checkout, search)");
        assertThat(m.canImport().get()).isTrue();
        m.labelProperty().set("pod");
        assertThat(m.canImport().get()).isFalse();
        assertThat(m.found()).isEmpty();
    }

    @Test
    void withNoProjectOpenTheImportBecomesANewUnsavedProjectThatKeepsTheDefinition() {
        PrometheusImportModel m = model();
        m.fromProperty().set(LocalDate.of(2025, 1, 1));
        m.preview();
        assertThat(m.confirm()).isTrue();

        Project p = workspace.project().orElseThrow();
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(p.prometheusImports()).singleElement().satisfies(d -> {
            assertThat(d.server().toString()).isEqualTo(prometheus.url());
            assertThat(d.from()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(d.frequency()).isEqualTo(Frequency.MONTH);
        });
        assertThat(p.input().resource("memory").orElseThrow().aggregation()).isEqualTo(Aggregation.MAX);
        assertThat(series(p, "search", "memory").values())
                .containsExactly(monthlyMax("search", LocalDate.of(2025, 1, 1)), monthlyMax("search", LocalDate.of(2025, 2, 1)));
        assertThat(dialogs.notes).singleElement().asString().startsWith("Imported from Prometheus. Before planning:");
    }

    @Test
    void intoAnOpenProjectItIsOneUndoableEditByTheProjectsRollUp() {
        Project sample = new PlanningService(new SmileForecaster()).sampleProject();
        workspace.open(sample, null, "");
        PrometheusImportModel m = model();
        assertThat(m.frequencyProperty().get()).isEqualTo(sample.input().settings().frequency());
        m.queries().get(1).aggregationProperty().set(Aggregation.MEAN);
        m.fromProperty().set(LocalDate.of(2025, 1, 1));
        m.preview();
        assertThat(m.confirm()).isTrue();

        Project p = workspace.project().orElseThrow();
        assertThat(series(p, "checkout", "memory").values())
                .as("the sample rolls memory up by max, whatever the row said")
                .containsExactly(monthlyMax("checkout", LocalDate.of(2025, 1, 1)),
                        monthlyMax("checkout", LocalDate.of(2025, 2, 1)));
        assertThat(p.input().workload("search")).isPresent();
        assertThat(workspace.undoNameProperty().get()).contains("import from Prometheus");
        workspace.undo();
        assertThat(workspace.project().orElseThrow()).isEqualTo(sample);
    }

    @Test
    void aTypedTokenIsSentButNeverKept() {
        PrometheusImportModel m = model();
        m.authProperty().set(Credentials.Kind.BEARER);
        m.secretProperty().set("typed-token");
        m.fromProperty().set(LocalDate.of(2025, 2, 1));
        m.preview();
        assertThat(m.confirm()).isTrue();

        assertThat(prometheus.authorizations).isNotEmpty().allMatch("Bearer typed-token"::equals);
        assertThat(workspace.project().orElseThrow().prometheusImports().getFirst().credentials())
                .isEqualTo(Credentials.bearer(""));
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInWordsAndImportsNothing() throws IOException {
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PrometheusImportModel m = model();
        m.urlProperty().set("http://127.0.0.1:" + port);
        m.preview();

        assertThat(m.problemProperty().get()).contains("cannot reach the Prometheus server at 127.0.0.1:" + port);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(m.canImport().get()).isFalse();
        assertThat(m.confirm()).isFalse();
        assertThat(workspace.project()).isEmpty();
    }

    @Test
    void settingsThatCannotWorkAreSaidBeforeAnythingIsSent() {
        PrometheusImportModel m = model();
        m.stepProperty().set("hourly");
        m.preview();
        assertThat(m.problemProperty().get()).isEqualTo("\"hourly\" is not a step: write e.g. 30s, 5m, 1h or 1d");
        m.stepProperty().set("1h");
        m.labelProperty().set("bad-label");
        m.preview();
        assertThat(m.problemProperty().get()).isEqualTo("\"bad-label\" is not a Prometheus label name");
        assertThat(prometheus.requests).isEmpty();
    }
}
