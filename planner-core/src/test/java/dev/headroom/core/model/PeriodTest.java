package dev.headroom.core.model;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2024-03-15, DAY, 2024-03-15, 2024-03-15",
        "2024-W09, WEEK, 2024-02-26, 2024-03-03",
        "2024-03, MONTH, 2024-03-01, 2024-03-31",
        "2024-Q1, QUARTER, 2024-01-01, 2024-03-31",
        "2020-W53, WEEK, 2020-12-28, 2021-01-03",
        "2025-W01, WEEK, 2024-12-30, 2025-01-05",
    })
    void parsesEachNotationToItsDays(String text, Frequency frequency, LocalDate first, LocalDate last) {
        Period p = Period.parse(text);
        assertThat(p.frequency()).isEqualTo(frequency);
        assertThat(p.start()).isEqualTo(first);
        assertThat(p.end()).isEqualTo(last);
        assertThat(p).hasToString(text);
    }

    @Test
    void arithmeticCrossesYearEnds() {
        assertThat(Period.parse("2024-11").plus(3)).hasToString("2025-02");
        assertThat(Period.parse("2024-Q4").next()).hasToString("2025-Q1");
        assertThat(Period.parse("2024-W52").plus(1)).hasToString("2025-W01");
        assertThat(Period.parse("2024-02-28").plus(2)).hasToString("2024-03-01");
        assertThat(Period.parse("2024-01").until(Period.parse("2026-12"))).isEqualTo(35);
        assertThat(Period.parse("2024-03").minus(15)).hasToString("2022-12");
    }

    @Test
    void seasonPositionIsTheMonthOfTheYearOrTheQuarter() {
        assertThat(Period.parse("2024-01").seasonPosition()).isZero();
        assertThat(Period.parse("2023-12").seasonPosition()).isEqualTo(11);
        assertThat(Period.parse("2024-Q3").seasonPosition()).isEqualTo(2);
        assertThat(Period.parse("2024-03-17").seasonPosition()).isEqualTo(6); // a Sunday
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 2024", "2024-13", "2024-02-30", "2024-W54", "2024-Q5", "", "12,5"})
    void rejectsWhatIsNoPeriodNamingIt(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void aPeriodOfAnotherFrequencyIsNamedAsSuch() {
        assertThatThrownBy(() -> Period.parse("2024-Q1", Frequency.MONTH))
                .hasMessage("\"2024-Q1\" is a quarter, expected a month");
        assertThatThrownBy(() -> Period.parse("2024-01").compareTo(Period.parse("2024-Q1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @RepeatedTest(20)
    void everyDateLiesInTheParsedPeriodOfItsOwnNotation(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
        for (Frequency f : Frequency.values()) {
            Period p = Period.containing(f, date);
            assertThat(date).isBetween(p.start(), p.end());
            assertThat(Period.parse(p.toString())).isEqualTo(p);
            assertThat(p.next().start()).isEqualTo(p.end().plusDays(1));
        }
    }
}
