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
    private static final float LINE_POINTS = 13f;

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
            explain(sheet.newRow().text("(all)").blank().blank(), line, styles);
        }
        List<WorkbookLayout.SheetLayout> sheets = new java.util.ArrayList<>(WorkbookLayout.SHEETS);
        sheets.add(WorkbookLayout.SCENARIOS);
        for (WorkbookLayout.SheetLayout layout : sheets) {
            explain(sheet.newRow().text(layout.name()).blank().blank(), layout.purpose(), styles);
            for (WorkbookLayout.Column c : layout.columns()) {
                explain(sheet.newRow().text(layout.name()).text(c.name()).text(c.required() ? "yes" : ""), c.meaning(), styles);
            }
            if (layout == WorkbookLayout.SETTINGS) {
                for (WorkbookLayout.SettingKey k : WorkbookLayout.SETTING_KEYS) {
                    explain(sheet.newRow().text(layout.name()).text("key " + k.key()).blank(), k.meaning(), styles);
                }
            }
            if (layout == WorkbookLayout.SCENARIOS) {
                for (WorkbookLayout.SettingKey k : WorkbookLayout.SCENARIO_CHANGES) {
                    explain(sheet.newRow().text(layout.name()).text("change " + k.key()).blank(), k.meaning(), styles);
                }
            }
        }
        sheet.fixWidth(3, MEANING_WIDTH);
        sheet.finish(false);
    }

    /**
     * The meaning cell, wrapped, its row made tall enough for the lines it wraps to: spreadsheet programs
     * do not all size a row to wrapped text that was written without a height, and the lines then overlap.
     */
    private static void explain(SheetWriter sheet, String text, Styles styles) {
        sheet.text(text, styles.wrapped());
        // About 1.4 characters of running text per unit of column width (units are widths of a digit).
        int lines = (int) Math.ceil(text.length() / (MEANING_WIDTH * 1.4 - 6));
        if (lines > 1) {
            sheet.sheet().getRow(sheet.rows() - 1).setHeightInPoints(lines * LINE_POINTS);
        }
    }
}
