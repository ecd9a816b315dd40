package dev.headroom.io.table;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A workbook read whole into POI's object model; used for the older .xls format, whose files are
 * small (at most 65,536 rows a sheet, and Headroom refuses files over {@link Workbooks#MAX_XLS_BYTES}).
 */
final class UserModelSource implements SheetSource {
    private final Workbook workbook;
    private final Problems problems;

    UserModelSource(Workbook workbook, Problems problems) {
        this.workbook = workbook;
        this.problems = problems;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Override
    public List<String> hiddenSheets() {
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                hidden.add(workbook.getSheetName(i));
            }
        }
        return hidden;
    }

    @Override
    public Table exactSheet(String name, TableOptions options) {
        boolean date1904 = workbook instanceof HSSFWorkbook hssf && hssf.getInternalWorkbook().isUsing1904DateWindowing();
        return new RowTable(rows(name), options, problems, date1904);
    }

    /** The sheet's physical rows. */
    RowSource rows(String name) {
        return new PoiRows(workbook.getSheet(name));
    }

    @Override
    public void close() {
        Workbooks.closeQuietly(workbook);
    }
}
