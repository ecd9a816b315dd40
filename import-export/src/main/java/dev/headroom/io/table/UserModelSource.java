package dev.headroom.io.table;

import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A workbook read whole into POI's object model; used for the older .xls format, whose files are
 * small enough (at most 65,536 rows a sheet) for that.
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
    public Table exactSheet(String name) {
        return new SheetTable(workbook.getSheet(name), problems);
    }

    @Override
    public void close() {
        Workbooks.closeQuietly(workbook);
    }
}
