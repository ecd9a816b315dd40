package dev.headroom.app.gui.prometheus;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.CurrentThreadTaskRunner;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.FakePrometheus;
import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusOptions;
import dev.headroom.io.prometheus.PrometheusQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File › Refresh from Prometheus without a screen, against the stand-in server: a project that imported January
 * 2025 is refreshed on 2 March, so January (the last period imported) is read again and February and the first day
 * of March come in.
 */
class PrometheusRefreshTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 2);
    private static final Map<String, Aggregation> ROLL_UP = Map.of("cpu", Aggregation.P95, "memory", Aggregation.MAX);

    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final PrometheusImports imports = new PrometheusImports(PrometheusOptions.defaults());
    private FakePrometheus prometheus;

    @BeforeEach
    void start() throws IOException {
        prometheus = new FakePrometheus();
    }

    @AfterEach
    void stop() {
        prometheus.close();
    }

    /** A project that imported January 2025 from the stand-in, as the import window or the command line makes it. */
    private Project januaryProject(Credentials credentials) {
        PrometheusImport january = new PrometheusImport(URI.create(prometheus.url()), credentials,
                List.of(new PrometheusQuery("cpu", "sum by (namespace) (rate(cpu[5m]))"),
                        new PrometheusQuery("memory", "sum by (namespace) (memory)")),
                "namespace", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Duration.ofHours(1), Frequency.MONTH);
        var usage = imports.fetch(january, PrometheusImports.auth(credentials, "first".toCharArray()), ROLL_UP,
                ProgressListener.NONE, Cancellation.NEVER);
        Project p = PrometheusImports.newProject("fleet", usage, ROLL_UP);
        prometheus.requests.clear();
        prometheus.authorizations.clear();
        return p;
    }

    private PrometheusRefresh refresh(TaskRunner tasks, Map<String, String> environment) {
        return new PrometheusRefresh(workspace, new Activity(tasks, dialogs), dialogs, imports, () -> TODAY, environment);
    }

    private PrometheusRefresh refresh() {
        return refresh(new CurrentThreadTaskRunner(), Map.of());
    }

    /** The largest sample of a workload from the start of a month to the end of the month or of {@code lastDay}. */
    private static double maxFrom(String workload, LocalDate month, LocalDate lastDay) {
        LocalDate end = month.plusMonths(1).isAfter(lastDay) ? lastDay.plusDays(1) : month.plusMonths(1);
        double max = Double.NEGATIVE_INFINITY;
        for (long t = month.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
             t < end.atStartOfDay(ZoneOffset.UTC).toEpochSecond(); t += 3600) {
            max = Math.max(max, FakePrometheus.value(workload, t));
        }
        return max;
    }

    private static TimeSeries series(Project p, String workload, String resource) {
        return p.input().usage().stream().filter(s -> s.key().equals(new SeriesKey(workload, resource))).findFirst()
                .orElseThrow();
    }

    @Test
    void itIsOfferedOnlyForAProjectThatKeepsAnImportFromPrometheus() {
        PrometheusRefresh r = refresh();
        assertThat(r.available().get()).as("no project").isFalse();
        assertThat(r.refresh()).isFalse();
        workspace.open(new PlanningService(new SmileForecaster()).sampleProject(), null, "");
        assertThat(r.available().get()).as("the sample imported nothing from Prometheus").isFalse();
        assertThat(r.refresh()).isFalse();
        workspace.open(januaryProject(Credentials.NONE), null, "");
        assertThat(r.available().get()).isTrue();
        workspace.close();
        assertThat(r.available().get()).isFalse();
        assertThat(prometheus.requests).isEmpty();
    }

    @Test
    void theNewPeriodsComeInAsOneUndoableEditAndAreCounted() {
        Project january = januaryProject(Credentials.NONE);
        workspace.open(january, null, "");
        PrometheusRefresh r = refresh();

        assertThat(r.refresh()).isTrue();

        LocalDate lastDay = TODAY.minusDays(1);
        assertThat(prometheus.requests).isNotEmpty().allSatisfy(q -> assertThat(Long.parseLong(q.get("start")))
                .as("from the first day of the last period imported")
                .isGreaterThanOrEqualTo(LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond()));
        Project p = workspace.project().orElseThrow();
        assertThat(series(p, "search", "memory").values()).containsExactly(
                maxFrom("search", LocalDate.of(2025, 1, 1), lastDay), maxFrom("search", LocalDate.of(2025, 2, 1), lastDay),
                maxFrom("search", LocalDate.of(2025, 3, 1), lastDay));
        assertThat(series(p, "checkout", "cpu").length()).isEqualTo(3);
        assertThat(p.prometheusImports()).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(d.to()).isEqualTo(lastDay);
        });
        String said = "Refreshed from Prometheus: 4 series, 3 periods from 2025-01 to 2025-03, 2 of them new";
        assertThat(dialogs.notes).containsExactly(said);
        assertThat(dialogs.errors).isEmpty();
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(workspace.undoNameProperty().get()).isEqualTo("refresh from Prometheus");

        workspace.undo();
        assertThat(workspace.project()).hasValue(january);
    }

    @Test
    void aSecretTheEnvironmentDoesNotHoldIsAskedForUsedAndNotKept() {
        Credentials kept = Credentials.bearer("PROM_TOKEN");
        workspace.open(januaryProject(kept), null, "");
        dialogs.secrets.add("typed-token");

        assertThat(refresh().refresh()).isTrue();

        assertThat(dialogs.secretsAsked).singleElement().asString().contains("PROM_TOKEN", "is not set");
        assertThat(prometheus.authorizations).isNotEmpty().allMatch("Bearer typed-token"::equals);
        assertThat(workspace.project().orElseThrow().prometheusImports().getFirst().credentials()).isEqualTo(kept);
        assertThat(workspace.project().orElseThrow().toString()).doesNotContain("typed-token");
    }

    @Test
    void aSecretTheEnvironmentHoldsIsNotAskedFor() {
        workspace.open(januaryProject(Credentials.basic("planner", "PROM_PASSWORD")), null, "");

        assertThat(refresh(new CurrentThreadTaskRunner(), Map.of("PROM_PASSWORD", "from-env")).refresh()).isTrue();

        assertThat(dialogs.secretsAsked).isEmpty();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("planner:from-env".getBytes());
        assertThat(prometheus.authorizations).isNotEmpty().allMatch(basic::equals);
    }

    @Test
    void noSecretGivenSendsNothingAndChangesNothing() {
        Project january = januaryProject(Credentials.bearer(""));
        workspace.open(january, null, "");

        assertThat(refresh().refresh()).isFalse();

        assertThat(dialogs.secretsAsked).singleElement().asString().startsWith("Token for " + prometheus.url());
        assertThat(prometheus.requests).isEmpty();
        assertThat(workspace.project()).hasValue(january);
        assertThat(workspace.undoNameProperty().get()).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInWordsAndChangesNothing() {
        Project january = januaryProject(Credentials.NONE);
        workspace.open(january, null, "");
        prometheus.close();

        refresh().refresh();

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Could not refresh from Prometheus: ").contains("cannot reach the Prometheus server");
        assertThat(workspace.project()).hasValue(january);
        assertThat(workspace.dirtyProperty().get()).isFalse();
        assertThat(workspace.undoNameProperty().get()).isEmpty();
    }

    @Test
    void stoppingWhileItReadsChangesNothing() {
        Project january = januaryProject(Credentials.NONE);
        workspace.open(january, null, "");
        // Stop pressed as the first answer comes in: the work is told to stop at its next look.
        TaskRunner stopped = new TaskRunner() {
            private boolean cancelled;

            @Override
            public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone,
                                   Consumer<Throwable> onFailed) {
                try {
                    onDone.accept(work.run(p -> {
                        cancelled = true;
                        progress.onProgress(p);
                    }, () -> cancelled));
                } catch (Exception e) {
                    onFailed.accept(e);
                }
                return () -> cancelled = true;
            }
        };
        refresh(stopped, Map.of()).refresh();

        assertThat(dialogs.errors).as("stopping is not a failure").isEmpty();
        assertThat(dialogs.notes).isEmpty();
        assertThat(workspace.project()).hasValue(january);
        assertThat(workspace.undoNameProperty().get()).isEmpty();
    }

    @Test
    void aProjectWhoseImportsChangedWhileItReadIsNotTouched() {
        workspace.open(januaryProject(Credentials.NONE), null, "");
        // The reading is held back until the planner has opened another project.
        Runnable[] held = new Runnable[1];
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone,
                                   Consumer<Throwable> onFailed) {
                held[0] = () -> {
                    try {
                        onDone.accept(work.run(progress, Cancellation.NEVER));
                    } catch (Exception e) {
                        onFailed.accept(e);
                    }
                };
                return () -> { };
            }
        };
        assertThat(refresh(later, Map.of()).refresh()).isTrue();
        Project sample = new PlanningService(new SmileForecaster()).sampleProject();
        workspace.open(sample, null, "");

        held[0].run();

        assertThat(dialogs.errors).singleElement().asString().contains("changed while the new periods were read");
        assertThat(workspace.project()).hasValue(sample);
    }
}
