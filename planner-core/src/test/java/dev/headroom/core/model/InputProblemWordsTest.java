package dev.headroom.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Problems said in Simplified Chinese, while their English line stays CONTRACT §2's. */
class InputProblemWordsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aCellProblemNamesItsPlaceInChineseAndKeepsTheValueAsWritten() {
        // A message made of English text only: the place is said in Chinese, the message as it was written.
        InputProblem literal = new InputProblem("usage.xlsx", "Usage", 17, "C", "usage", Optional.of("12,5 GB"),
                "is not a number in GiB");

        assertThat(literal.toString(CHINESE))
                .isEqualTo("usage.xlsx: 工作表 'Usage' 第 17 行 C 列 (usage): \"12,5 GB\" is not a number in GiB");
        assertThat(literal).hasToString("usage.xlsx: sheet 'Usage' row 17 column C (usage): \"12,5 GB\" is not a number in GiB");
        assertThat(literal).isEqualTo(new InputProblem("usage.xlsx", "Usage", 17, "C", "usage", Optional.of("12,5 GB"),
                "is not a number in GiB", ModelWords.of("input.noPools")))
                .as("problems that say the same in English are the same problem");
    }

    @Test
    void aCsvColumnByHeaderAndALargeRowNumberInChinese() {
        InputProblem p = new InputProblem("usage.csv", "", 12345, "", "period", Optional.empty(),
                ModelWords.of("input.nothingToPlan"));

        assertThat(p.toString(CHINESE)).isEqualTo("usage.csv: 第 12345 行 period 列: 既没有使用量历史，也没有已知需求，无可规划");
        assertThat(p).hasToString("usage.csv: row 12345 column period: there is neither usage history nor known demand to plan for");
        assertThat(p.toString(Locale.GERMANY)).isEqualTo(p.toString()).as("languages without words fall back to English");
        assertThat(p.message(CHINESE)).isEqualTo("既没有使用量历史，也没有已知需求，无可规划");
    }

    @Test
    void englishStaysEnglishWhenTheDefaultLocaleIsChinese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(CHINESE);
            InputProblem p = InputProblem.general("s.xlsx", ModelWords.of("input.noPools"));
            assertThat(p).hasToString("s.xlsx: no pools are defined");
            assertThat(p.toString(Locale.ENGLISH)).isEqualTo("s.xlsx: no pools are defined");
            assertThat(p.toString(CHINESE)).isEqualTo("s.xlsx: 没有定义任何资源池");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aValidationProblemOfThePlanningInputInChinese() {
        Settings settings = Settings.defaults();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new PlanningInput("p.xlsx",
                settings, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "p.xlsx: no resources are defined", "p.xlsx: no pools are defined", "p.xlsx: no node types are defined",
                "p.xlsx: there is neither usage history nor known demand to plan for");
        assertThat(e.problems()).extracting(p -> p.toString(CHINESE)).containsExactly(
                "p.xlsx: 没有定义任何资源", "p.xlsx: 没有定义任何资源池", "p.xlsx: 没有定义任何节点类型",
                "p.xlsx: 既没有使用量历史，也没有已知需求，无可规划");
    }

    @Test
    void nestedWordsSuchAsFrequenciesAreSaidInTheSameLanguage() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Period.parse("2024-Q1",
                Frequency.MONTH));

        assertThat(e).hasMessage("\"2024-Q1\" is a quarter, expected a month");
        assertThat(e.problem().in(CHINESE)).isEqualTo("是以季度为单位的期间，应为以月为单位的期间");
        assertThat(e.wording().in(CHINESE)).isEqualTo("\"2024-Q1\" 是以季度为单位的期间，应为以月为单位的期间");
    }
}
