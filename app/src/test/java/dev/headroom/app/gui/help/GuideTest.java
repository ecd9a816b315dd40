package dev.headroom.app.gui.help;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in guide follows the workflow and is written out in both languages. */
class GuideTest {

    @Test
    void theSectionsFollowTheWorkflowFromImportToExport() {
        List<Guide.Section> sections = Guide.sections();
        assertThat(sections).extracting(Guide.Section::title).containsExactly("Import the usage history",
                "Check the data", "Forecast the demand", "Make the plan", "Compare scenarios", "Export and share",
                "Keys and help");
        assertThat(sections).allSatisfy(s -> assertThat(s.paragraphs()).isNotEmpty().allSatisfy(p ->
                assertThat(p).isNotBlank()));
        assertThat(sections.getFirst().paragraphs()).hasSize(2);
        assertThat(sections.get(1).text()).contains("Ctrl+V");
    }

    @Test
    void theChineseGuideIsChineseAndHasAsManyParagraphsAsTheEnglish() {
        ResourceBundle en = ResourceBundle.getBundle("dev.headroom.app.gui.help.Texts", Locale.ROOT);
        ResourceBundle zh = ResourceBundle.getBundle("dev.headroom.app.gui.help.Texts", Locale.SIMPLIFIED_CHINESE);
        for (String step : List.of("import", "data", "forecast", "plan", "scenarios", "export", "keys")) {
            String key = "guide." + step + ".text";
            assertThat(zh.getString(key)).as(key).containsPattern("\\p{IsHan}{4}");
            assertThat(new Guide.Section("", zh.getString(key)).paragraphs()).as(key)
                    .hasSameSizeAs(new Guide.Section("", en.getString(key)).paragraphs());
        }
    }
}
