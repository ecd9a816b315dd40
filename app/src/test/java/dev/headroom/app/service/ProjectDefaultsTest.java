package dev.headroom.app.service;

import dev.headroom.core.model.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The planner's defaults of new projects: the horizon in each period, memory units, values refused. */
class ProjectDefaultsTest {

    @ParameterizedTest
    @CsvSource({"12,MONTH,12", "12,QUARTER,4", "12,WEEK,52", "12,DAY,90", "1,DAY,30", "18,QUARTER,6", "4,QUARTER,2",
            "1,QUARTER,1", "6,WEEK,26", "120,MONTH,120"})
    void theHorizonInMonthsBecomesTheProjectsPeriods(int months, Frequency f, int periods) {
        ProjectDefaults d = new ProjectDefaults(months, 0.9, 0.8, ProjectDefaults.MemoryUnit.BINARY);
        assertThat(d.horizon(f)).isEqualTo(periods);
    }

    @Test
    void theStandardDefaultsPlanAYearAheadAsBefore() {
        ProjectDefaults d = ProjectDefaults.standard();
        assertThat(d.horizon(Frequency.MONTH)).isEqualTo(12);
        assertThat(d.sizingQuantile()).isEqualTo(0.9);
        assertThat(d.targetUtilization()).isEqualTo(0.8);
    }

    @ParameterizedTest
    @CsvSource({"B,GB,GB", "bytes,GiB,GiB", "MiB,GB,GB", "GiB,GB,GB", "MB,GiB,GiB", "Gi,GiB,GiB", "cores,GB,cores",
            "'',GB,''", "%,GiB,%", "Mbps,GB,Mbps"})
    void memoryFoundInBytesIsPlannedInThePreferredUnitAndEverythingElseAsFound(String found, String unit,
                                                                               String planned) {
        ProjectDefaults d = new ProjectDefaults(12, 0.9, 0.8,
                unit.equals("GB") ? ProjectDefaults.MemoryUnit.DECIMAL : ProjectDefaults.MemoryUnit.BINARY);
        assertThat(d.planUnit(found)).isEqualTo(planned);
    }

    @Test
    void valuesOutOfRangeAreRefusedInWords() {
        assertThatThrownBy(() -> new ProjectDefaults(0, 0.9, 0.8, ProjectDefaults.MemoryUnit.BINARY))
                .hasMessageContaining("horizon").hasMessageContaining("0");
        assertThatThrownBy(() -> new ProjectDefaults(12, 1, 0.8, ProjectDefaults.MemoryUnit.BINARY))
                .hasMessageContaining("quantile");
        assertThatThrownBy(() -> new ProjectDefaults(12, 0.9, 1.2, ProjectDefaults.MemoryUnit.BINARY))
                .hasMessageContaining("target");
    }

    @Test
    void anUnknownStoredMemoryUnitIsBinary() {
        assertThat(ProjectDefaults.MemoryUnit.named("DECIMAL")).isEqualTo(ProjectDefaults.MemoryUnit.DECIMAL);
        assertThat(ProjectDefaults.MemoryUnit.named("parsecs")).isEqualTo(ProjectDefaults.MemoryUnit.BINARY);
    }
}
