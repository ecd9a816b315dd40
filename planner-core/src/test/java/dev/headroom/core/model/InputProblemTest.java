package dev.headroom.core.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InputProblemTest {

    @Test
    void aCellProblemNamesFileSheetRowColumnAndValue() {
        InputProblem p = new InputProblem("usage.xlsx", "Usage", 17, "C", "usage", Optional.of("12,5 GB"),
                "is not a number in GiB");
        assertThat(p).hasToString("usage.xlsx: sheet 'Usage' row 17 column C (usage): \"12,5 GB\" is not a number in GiB");
    }

    @Test
    void aWholeFileProblemHasOneColon() {
        assertThat(InputProblem.general("s.xlsx", "no pools are defined")).hasToString("s.xlsx: no pools are defined");
    }

    @Test
    void aCsvProblemHasNoSheetAndAColumnByHeader() {
        InputProblem p = new InputProblem("usage.csv", "", 4, "", "period", Optional.of("Marchh"), "is not a period");
        assertThat(p).hasToString("usage.csv: row 4 column period: \"Marchh\" is not a period");
    }

    @Test
    void aProblemWithNoPlaceIsJustTheMessage() {
        assertThat(InputProblem.general("", "nothing to plan")).hasToString("nothing to plan");
    }
}
