package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.ModelWords;
import dev.headroom.io.ExportException;
import dev.headroom.io.ReaderWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure's words in the window's language: the default locale the application set from the preferences. */
class MessagesTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(before);
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(List.of(
                new InputProblem("usage.xlsx", "Usage", 17, "C", "usage", Optional.of("12,5 GB"),
                        ReaderWords.of("cell.notNumberIn", "GiB")),
                InputProblem.general("usage.xlsx", ModelWords.of("input.noPools"))));
    }

    @Test
    void inputProblemsInChineseWhenTheWindowIsChinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(Messages.of(new ExecutionException(invalid()))).isEqualTo(
                "usage.xlsx: 工作表 'Usage' 第 17 行 C 列 (usage): \"12,5 GB\" 不是以 GiB 为单位的数字\n"
                        + "usage.xlsx: 没有定义任何资源池");
        assertThat(invalid()).hasMessage("usage.xlsx: sheet 'Usage' row 17 column C (usage): \"12,5 GB\" is not a number"
                + " in GiB\nusage.xlsx: no pools are defined").as("the exception's own message stays English");
    }

    @Test
    void inputProblemsInEnglishWhenTheWindowIsEnglish() {
        Locale.setDefault(Locale.US);

        assertThat(Messages.of(invalid())).isEqualTo(
                "usage.xlsx: sheet 'Usage' row 17 column C (usage): \"12,5 GB\" is not a number in GiB\n"
                        + "usage.xlsx: no pools are defined");
    }

    @Test
    void aWordedFailureInTheWindowsLanguageAndAPlainOneAsItIs() {
        ExportException worded = new ExportException(
                ReaderWords.of("write.failed", "/tmp/plan.xlsx", ReaderWords.of("file.denied")), null);

        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.of(worded)).isEqualTo("无法写入 /tmp/plan.xlsx：没有访问权限");
        assertThat(Messages.of(new IllegalStateException("disk on fire"))).isEqualTo("disk on fire");

        Locale.setDefault(Locale.ENGLISH);
        assertThat(Messages.of(worded)).isEqualTo("could not write /tmp/plan.xlsx: permission denied");
    }

    @Test
    void aRecordsOwnCheckInTheWindowsLanguage() {
        IllegalArgumentException pool = org.assertj.core.api.Assertions.catchThrowableOfType(
                IllegalArgumentException.class, () -> new dev.headroom.core.model.Pool("web", -1, java.util.OptionalInt.empty()));

        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.of(pool)).isEqualTo("资源池 web 的 ha_nodes 不能为负数：-1");
        Locale.setDefault(Locale.ENGLISH);
        assertThat(Messages.of(pool)).isEqualTo("ha_nodes of pool web is negative: -1").isEqualTo(pool.getMessage());
    }
}
