package dev.headroom.io.usage;

import dev.headroom.core.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The layout and columns found from the headers alone, as the import wizard shows them before reading. */
class UsageDetectionTest {

    @Test
    void theLongLayoutIsFoundByItsUsualHeaders() {
        ImportMapping found = UsageImporter.detect("u.csv", "", List.of("Date", "Service", "Metric", "Value (GiB)",
                "Cluster"), ImportMapping.automatic());
        assertThat(found.layout()).isEqualTo(ImportMapping.Layout.LONG);
        assertThat(found.periodColumn()).contains("Date");
        assertThat(found.workloadColumn()).contains("Service");
        assertThat(found.resourceColumn()).contains("Metric");
        assertThat(found.valueColumn()).contains("Value (GiB)");
        assertThat(found.poolColumn()).contains("Cluster");
        assertThat(found.unitColumn()).isEmpty();
    }

    @Test
    void headersWithoutLongColumnsAreWideWithThePeriodFirst() {
        ImportMapping found = UsageImporter.detect("u.csv", "", List.of("when", "web cpu", "web memory"),
                ImportMapping.automatic());
        assertThat(found.layout()).isEqualTo(ImportMapping.Layout.WIDE);
        assertThat(found.periodColumn()).contains("when");
        assertThat(found.workloadColumn()).isEmpty();
    }

    @Test
    void aColumnChosenByThePlannerWinsAndAMissingOneIsNamed() {
        ImportMapping chosen = ImportMapping.automatic().withColumns(null, "team", null, null);
        ImportMapping found = UsageImporter.detect("u.csv", "", List.of("period", "team", "resource", "usage"), chosen);
        assertThat(found.workloadColumn()).contains("team");

        assertThatThrownBy(() -> UsageImporter.detect("u.csv", "Usage", List.of("period", "resource", "usage"), chosen))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("u.csv").hasMessageContaining("Usage").hasMessageContaining("'team'");
    }
}
