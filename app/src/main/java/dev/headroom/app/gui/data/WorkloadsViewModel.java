package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
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
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The workloads tab: the workloads filtered by a text and a pool, each with its recent usage per resource, and
 * the whole history of the selected workload for one resource at a time (resources differ in unit, so they
 * are not drawn on one axis).
 */
public final class WorkloadsViewModel {

    private static final Texts T = Texts.of(WorkloadsViewModel.class);

    /** How many periods a sparkline shows. */
    public static final int RECENT = 24;

    /** One period of history for the chart. */
    public record Point(String period, double value) {
    }

    private final WorkloadsTable table;
    private final FilteredList<EditRow<Workload>> shown;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> poolFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> pools = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<String> poolsView = FXCollections.unmodifiableObservableList(pools);
    private final ObservableList<Resource> resources = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<Resource> resourcesView = FXCollections.unmodifiableObservableList(resources);
    private final ObjectProperty<EditRow<Workload>> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedResource = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Point>> history = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper historyTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private Map<SeriesKey, TimeSeries> usage = Map.of();

    WorkloadsViewModel(WorkloadsTable table) {
        this.table = table;
        this.shown = new FilteredList<>(table.rows());
        filterText.addListener((o, a, b) -> filter());
        poolFilter.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> showHistory());
        selectedResource.addListener((o, a, b) -> showHistory());
    }

    /** Called when the input changed (after the table's rows were refreshed). */
    void refresh(PlanningInput in) {
        Map<SeriesKey, TimeSeries> byKey = new HashMap<>();
        in.usage().forEach(s -> byKey.put(s.key(), s));
        usage = byKey;
        pools.setAll(in.pools().stream().map(Pool::name).toList());
        if (poolFilter.get() != null && !pools.contains(poolFilter.get())) {
            poolFilter.set(null);
        }
        resources.setAll(in.resources());
        if (selectedResource.get() == null || in.resource(selectedResource.get()).isEmpty()) {
            selectedResource.set(in.resources().isEmpty() ? null : in.resources().getFirst().name());
        }
        filter();
        // A planner opening a project wants to see a history at once: the first workload's.
        EditRow<Workload> keep = selected.get();
        if (keep == null || !table.rows().contains(keep)) {
            selected.set(shown.isEmpty() ? null : shown.getFirst());
        }
        showHistory();
    }

    private void filter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        String pool = poolFilter.get();
        shown.setPredicate(row -> matches(row.original(), text) && (pool == null || row.original().mayRunIn(pool)));
        count.set(shown.size() == table.rows().size() ? T.get("workloads.count", shown.size())
                : T.get("workloads.countOf", shown.size(), table.rows().size()));
    }

    /** A workload matches a text found in its name, pools or anti-affinity group, ignoring case. */
    private static boolean matches(Workload w, String text) {
        if (text.isEmpty()) {
            return true;
        }
        List<String> words = new ArrayList<>(List.of(w.name(), w.placement().toString()));
        w.pinnedPool().ifPresent(words::add);
        words.addAll(w.allowedPools());
        w.antiAffinity().ifPresent(words::add);
        return words.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text));
    }

    private void showHistory() {
        EditRow<Workload> row = selected.get();
        String resource = selectedResource.get();
        if (row == null || resource == null) {
            history.set(List.of());
            historyTitle.set("");
            return;
        }
        TimeSeries s = usage.get(new SeriesKey(row.original().name(), resource));
        List<Point> points = new ArrayList<>();
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                if (!Double.isNaN(s.valueAt(i))) {
                    points.add(new Point(s.periodAt(i).toString(), s.valueAt(i)));
                }
            }
        }
        history.set(List.copyOf(points));
        String unit = resources.stream().filter(r -> r.name().equals(resource)).findFirst().map(Resource::unit).orElse("");
        String title = unit.isEmpty() ? T.get("history.title", row.original().name(), resource)
                : T.get("history.title.unit", row.original().name(), resource, unit);
        historyTitle.set(points.isEmpty() ? T.get("history.none", title) : title);
    }

    /** The last {@value #RECENT} periods of a workload's use of a resource (NaN where nothing was observed). */
    public double[] recent(String workload, String resource) {
        TimeSeries s = usage.get(new SeriesKey(workload, resource));
        if (s == null) {
            return new double[0];
        }
        double[] all = s.values();
        return java.util.Arrays.copyOfRange(all, Math.max(0, all.length - RECENT), all.length);
    }

    /** The latest observed value, e.g. "42.5"; "—" when there is none. */
    public String latestValue(String workload, String resource) {
        double[] values = recent(workload, resource);
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                return format(values[i]);
            }
        }
        return "—";
    }

    /** The latest observed value with its unit, e.g. "42.5 cores"; "no history" when there is none. */
    public String latest(String workload, String resource) {
        String value = latestValue(workload, resource);
        if (value.equals("—")) {
            return T.get("history.latest.none");
        }
        String unit = resources.stream().filter(r -> r.name().equals(resource)).findFirst().map(Resource::unit).orElse("");
        return value + (unit.isEmpty() ? "" : " " + unit);
    }

    /** Three significant figures or whole numbers: enough to compare at a glance. */
    static String format(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    public WorkloadsTable table() {
        return table;
    }

    /** The workloads that pass the filters, in the input's order. */
    public ObservableList<EditRow<Workload>> shownRows() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The pool whose workloads are shown (those that may run in it), or null for every workload. */
    public ObjectProperty<String> poolFilterProperty() {
        return poolFilter;
    }

    public ObservableList<String> pools() {
        return poolsView;
    }

    public ObservableList<Resource> resources() {
        return resourcesView;
    }

    /** "40 workloads", or "12 of 40 workloads" while filtered. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<EditRow<Workload>> selectedProperty() {
        return selected;
    }

    public ObjectProperty<String> selectedResourceProperty() {
        return selectedResource;
    }

    /** The selected workload's history of the selected resource, observed periods only. */
    public ReadOnlyObjectProperty<List<Point>> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** What the chart shows, e.g. "storefront — cpu (cores)". */
    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }

    Optional<Workload> selectedWorkload() {
        return Optional.ofNullable(selected.get()).map(EditRow::original);
    }
}
