package dev.headroom.io.workbook;

import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;

/**
 * The Instructions sheet of the template: what each sheet is for and what each column means, in the
 * words of {@link WorkbookLayout}. Headroom ignores this sheet when reading.
 */
final class TemplateInstructions {
    static final String SHEET = "Instructions";
    private static final int MEANING_WIDTH = 100;

    private static final List<String> GENERAL = List.of(
            "The other sheets hold a small WORKED EXAMPLE: every name starting with '" + TemplateExample.PREFIX
                    + "' (workloads, pool, node types) and the numbers beside them. It plans as it is, to show what"
                    + " each sheet holds; replace its rows with your own (delete them, keep the header rows).",
            "Fill in the sheets of this workbook, then plan it with Headroom. This sheet is only for reading:"
                    + " Headroom ignores it, and any other sheet it does not know.",
            "Sheet names and column headers may be written in any case. Columns marked 'yes' are required;"
                    + " a blank optional cell takes its default.",
            "Numbers may be typed, computed by formulas, or stored as text (12.5, not 12,5 and without units).",
            "Periods are written as 2024-03-15 (day), 2024-W09 (ISO week), 2024-03 (month) or 2024-Q1 (quarter),"
                    + " or entered as date cells.",
            "At least one of Usage and Demand must hold something to plan for; Resources, Pools and NodeTypes"
                    + " must not be empty.");

    private TemplateInstructions() {
    }

    static void write(Workbook workbook, Styles styles) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, SHEET, List.of("sheet", "column", "required", "meaning"));
        for (String line : GENERAL) {
            sheet.newRow().text("(all)").blank().blank().text(line, styles.wrapped());
        }
        List<WorkbookLayout.SheetLayout> sheets = new java.util.ArrayList<>(WorkbookLayout.SHEETS);
        sheets.add(WorkbookLayout.SCENARIOS);
        for (WorkbookLayout.SheetLayout layout : sheets) {
            sheet.newRow().text(layout.name()).blank().blank().text(layout.purpose(), styles.wrapped());
            for (WorkbookLayout.Column c : layout.columns()) {
                sheet.newRow().text(layout.name()).text(c.name()).text(c.required() ? "yes" : "")
                        .text(c.meaning(), styles.wrapped());
            }
            if (layout == WorkbookLayout.SETTINGS) {
                for (WorkbookLayout.SettingKey k : WorkbookLayout.SETTING_KEYS) {
                    sheet.newRow().text(layout.name()).text("key " + k.key()).blank().text(k.meaning(), styles.wrapped());
                }
            }
            if (layout == WorkbookLayout.SCENARIOS) {
                for (WorkbookLayout.SettingKey k : WorkbookLayout.SCENARIO_CHANGES) {
                    sheet.newRow().text(layout.name()).text("change " + k.key()).blank().text(k.meaning(), styles.wrapped());
                }
            }
        }
        sheet.fixWidth(3, MEANING_WIDTH);
        sheet.finish(false);
    }
}
