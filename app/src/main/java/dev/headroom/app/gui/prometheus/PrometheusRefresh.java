package dev.headroom.app.gui.prometheus;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.project.Project;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusAuth;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusUsage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * File › Refresh from Prometheus, without a screen: fetches every import the open project keeps from the start of
 * the period it last imported through yesterday (UTC), in the background through the window's {@link Activity}
 * (Stop cancels, a failure is a dialog in words), then appends what came in as one undoable edit. A secret the
 * environment does not hold is asked for first, on the screen's thread, used for this refresh and kept nowhere.
 * All or nothing: a failed, stopped or outdated refresh changes nothing.
 */
public final class PrometheusRefresh {
    private static final Texts T = Texts.of(PrometheusRefresh.class);

    private final Workspace workspace;
    private final Activity activity;
    private final DialogService dialogs;
    private final PrometheusImports imports;
    private final Supplier<LocalDate> today;
    private final Map<String, String> environment;
    private final BooleanBinding available;

    /**
     * @param today       today in UTC (the refresh ends the day before, the last whole day)
     * @param environment where secrets named by an environment variable are read (the process's own in the window)
     */
    public PrometheusRefresh(Workspace workspace, Activity activity, DialogService dialogs, PrometheusImports imports,
                             Supplier<LocalDate> today, Map<String, String> environment) {
        this.workspace = Objects.requireNonNull(workspace);
        this.activity = Objects.requireNonNull(activity);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.imports = Objects.requireNonNull(imports);
        this.today = Objects.requireNonNull(today);
        this.environment = Map.copyOf(environment);
        available = Bindings.createBooleanBinding(() -> workspace.project()
                .map(p -> !p.prometheusImports().isEmpty()).orElse(false), workspace.projectProperty());
    }

    /** Whether the open project keeps an import from Prometheus to refresh: the menu offers the command then only. */
    public BooleanBinding available() {
        return available;
    }

    /**
     * Asks for the secrets the environment does not hold, then starts fetching; false when nothing was started (no
     * import kept, other work running, or a secret not given).
     */
    public boolean refresh() {
        Optional<Project> open = workspace.project();
        if (open.isEmpty() || open.get().prometheusImports().isEmpty() || activity.busyProperty().get()) {
            return false;
        }
        Project before = open.get();
        Optional<Map<PrometheusImport, PrometheusAuth>> auth = authenticate(before.prometheusImports());
        if (auth.isEmpty()) {
            activity.say(T.get("refresh.noSecret"));
            return false;
        }
        LocalDate lastDay = today.get().minusDays(1);
        return activity.start(T.get("refresh.reading"), T.get("refresh.failed"),
                (progress, cancellation) -> imports.fetchRefresh(before, lastDay, auth.get()::get, progress,
                        cancellation),
                fetched -> apply(before, fetched));
    }

    /** Each import's authentication, asking once per server and credentials for a secret not in the environment. */
    private Optional<Map<PrometheusImport, PrometheusAuth>> authenticate(List<PrometheusImport> kept) {
        Map<PrometheusImport, PrometheusAuth> auth = new HashMap<>();
        Map<String, PrometheusAuth> asked = new HashMap<>();
        for (PrometheusImport p : kept) {
            Credentials c = p.credentials();
            if (!PrometheusImports.needsSecret(c, environment)) {
                auth.put(p, PrometheusImports.auth(p, new PrometheusImports.Secrets(environment, Optional::empty)));
                continue;
            }
            String source = p.server() + " " + c;
            PrometheusAuth known = asked.get(source);
            if (known == null) {
                String header = T.get("refresh.secret." + c.kind().name(), c.user(), p.server());
                String why = c.secretVariable().isEmpty() ? T.get("refresh.secret.nowhere")
                        : T.get("refresh.secret.unset", c.secretVariable());
                Optional<char[]> typed = dialogs.askSecret(header, why);
                if (typed.isEmpty()) {
                    return Optional.empty();
                }
                known = PrometheusImports.auth(c, typed.get());
                Arrays.fill(typed.get(), '\0');
                asked.put(source, known);
            }
            auth.put(p, known);
        }
        return Optional.of(auth);
    }

    /** On the screen's thread: one edit, unless the project's imports changed (or it was closed) meanwhile. */
    private void apply(Project before, List<PrometheusUsage> fetched) {
        Optional<Project> now = workspace.project();
        if (now.isEmpty() || !now.get().prometheusImports().equals(before.prometheusImports())) {
            dialogs.showError(T.get("refresh.failed"), T.get("refresh.changed"));
            return;
        }
        SortedSet<Period> read = new TreeSet<>();
        SortedSet<Period> added = new TreeSet<>();
        count(now.get(), fetched, read, added);
        try {
            workspace.update(T.get("refresh.edit"), p -> PrometheusImports.applyRefresh(p, fetched));
        } catch (RuntimeException e) {
            dialogs.showError(T.get("refresh.failed"), Messages.of(e));
            return;
        }
        int series = fetched.stream().mapToInt(u -> u.series().size()).sum();
        String done = read.isEmpty() ? T.get("refresh.done.nothing", series)
                : T.get("refresh.done", series, read.size(), read.first(), read.last(),
                        added.size());
        activity.say(done);
        dialogs.notify(done);
    }

    /**
     * The periods the fetched series have observations in, and of those the ones past the end of the project's
     * history of the same series (all of them for a series new to the project): the periods that came in.
     */
    private static void count(Project project, List<PrometheusUsage> fetched, SortedSet<Period> read,
                              SortedSet<Period> added) {
        Map<SeriesKey, Period> ends = new HashMap<>();
        project.input().usage().forEach(s -> ends.put(s.key(), s.end()));
        for (PrometheusUsage usage : fetched) {
            for (TimeSeries s : usage.series()) {
                Period end = ends.get(s.key());
                for (int i = 0; i < s.length(); i++) {
                    if (!Double.isNaN(s.valueAt(i))) {
                        read.add(s.periodAt(i));
                        if (end == null || s.periodAt(i).isAfter(end)) {
                            added.add(s.periodAt(i));
                        }
                    }
                }
            }
        }
    }
}
