package dev.headroom.core.model;

/** Identifies one demand series: a workload's use of one resource. */
public record SeriesKey(String workload, String resource) implements Comparable<SeriesKey> {

    public SeriesKey {
        workload = Names.require(workload, "workload");
        resource = Names.require(resource, "resource");
    }

    @Override
    public int compareTo(SeriesKey o) {
        int c = workload.compareTo(o.workload);
        return c != 0 ? c : resource.compareTo(o.resource);
    }

    @Override
    public String toString() {
        return workload + " " + resource;
    }
}
