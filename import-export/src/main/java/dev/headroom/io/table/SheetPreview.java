package dev.headroom.io.table;

import dev.headroom.core.model.InvalidInputException;
import dev.headroom.io.ReaderWords;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first rows of a sheet or text file as they stand, for the import wizard to show before anything is
 * imported: the workbook's sheets, the rows with their numbers as a spreadsheet shows them (blank rows left
 * out), the column labels, and where the header is found with the given options. Only the rows shown are read,
 * so a preview of a million-row file is as quick as one of a small file.
 *
 * @param sheets       the workbook's sheets in order, hidden ones included; empty for a text file
 * @param hiddenSheets the sheets the workbook hides
 * @param sheet        the sheet shown (as an import would choose it when none is asked for); empty for text
 * @param source       what is shown in words: {@code sheet 'Usage'} or the text file's encoding and delimiter
 * @param decimalComma whether the text file writes numbers with a decimal comma (always false for a sheet)
 * @param columns      the column labels (A, B, … in a sheet; 1, 2, … in a text file), as wide as the widest row
 * @param rows         the first rows that are not blank, at most the number asked for
 * @param more         whether the sheet has rows after those shown
 * @param headerRow    the row the header is taken from, 0 when none was found among the rows shown
 * @param headers      the header texts by column (a two-row header joined), empty when none was found
 */
public record SheetPreview(List<String> sheets, List<String> hiddenSheets, String sheet, String source,
                           boolean decimalComma, List<String> columns, List<Row> rows, boolean more, int headerRow,
                           List<String> headers) {

    /** A row as shown: its number in the sheet or file, and each cell's text. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The text in a column, empty past the row's last cell. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    public SheetPreview {
        sheets = List.copyOf(sheets);
        hiddenSheets = List.copyOf(hiddenSheets);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        headers = List.copyOf(headers);
    }

    /**
     * Reads the first {@code maxRows} rows that are not blank.
     *
     * @param sheet   the sheet to show; empty: {@code Usage} when the workbook has it visible, else the first
     *                visible sheet (as an import chooses); ignored for a text file
     * @param options where the header is, to say which row it is found on
     * @throws InvalidInputException in words, naming the file, when it cannot be read as a table
     */
    public static SheetPreview read(Path file, Optional<String> sheet, TableOptions options, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("a preview shows at least one row, not " + maxRows);
        }
        Problems problems = new Problems(String.valueOf(file.getFileName()));
        if (!Files.isRegularFile(file)) {
            problems.general(Files.exists(file) ? ReaderWords.of("file.folder") : ReaderWords.of("file.missing"));
            problems.throwIfAny();
        }
        FileKind kind;
        try {
            kind = FileKind.of(file);
        } catch (IOException e) {
            problems.general(ReadFailures.describe(e));
            throw new InvalidInputException(problems.list());
        }
        if (kind == FileKind.EMPTY) {
            problems.general(ReaderWords.of("usage.emptyFile"));
            problems.throwIfAny();
        }
        if (kind.isWorkbook() || kind == FileKind.OTHER_ZIP || FileKind.namedAsWorkbook(file)) {
            return fromWorkbook(file, sheet, options, maxRows, problems);
        }
        return fromText(file, options, maxRows, problems);
    }

    private static SheetPreview fromWorkbook(Path file, Optional<String> wanted, TableOptions options, int maxRows,
                                             Problems problems) {
        Optional<SheetSource> opened = Workbooks.open(file, problems);
        problems.throwIfAny();
        try (SheetSource workbook = opened.orElseThrow()) {
            Optional<String> sheet = wanted.flatMap(workbook::find)
                    .or(() -> workbook.find("Usage").filter(n -> !workbook.hiddenSheets().contains(n)))
                    .or(workbook::firstVisibleSheet)
                    .or(() -> workbook.sheetNames().stream().findFirst());
            if (sheet.isEmpty()) {
                problems.general(ReaderWords.of("workbook.noSheets"));
                problems.throwIfAny();
            }
            RowSource rows = switch (workbook) {
                case XlsxSource x -> x.rows(sheet.get(), problems);
                case OdsSource o -> o.rows(sheet.get());
                case UserModelSource u -> u.rows(sheet.get());
                default -> throw new IllegalStateException("a workbook read by no known reader: " + workbook);
            };
            try (rows) {
                return preview(rows, workbook.sheetNames(), workbook.hiddenSheets(), sheet.get(),
                        "sheet '" + sheet.get() + "'", null, options, maxRows, problems);
            }
        }
    }

    private static SheetPreview fromText(Path file, TableOptions options, int maxRows, Problems problems) {
        try (InputStream raw = Files.newInputStream(file);
             BufferedInputStream in = new BufferedInputStream(raw, CsvDialect.SAMPLE_BYTES * 2)) {
            Optional<CsvDialect> dialect = CsvTable.dialect(in, problems.file());
            if (dialect.isEmpty()) {
                problems.general(ReaderWords.of("file.binary"));
                problems.throwIfAny();
            }
            try (RowSource rows = CsvRows.open(in, dialect.get(), problems)) {
                return preview(rows, List.of(), List.of(), "", "CSV text, " + dialect.get().describe(), dialect.get(),
                        options, maxRows, problems);
            }
        } catch (IOException e) {
            problems.general(ReadFailures.describe(e));
            throw new InvalidInputException(problems.list());
        }
    }

    private static SheetPreview preview(RowSource source, List<String> sheets, List<String> hidden, String sheet,
                                        String what, CsvDialect dialect, TableOptions options, int maxRows,
                                        Problems problems) {
        List<Row> rows = new ArrayList<>();
        List<List<TableCell>> cells = new ArrayList<>();
        int width = 0;
        boolean more = false;
        for (List<TableCell> r = source.next(); r != null; r = source.next()) {
            if (RowTable.isBlank(r)) {
                continue;
            }
            if (rows.size() == maxRows) {
                more = true;
                break;
            }
            List<String> texts = new ArrayList<>(r.size());
            r.forEach(c -> texts.add(c == null ? "" : c.text()));
            rows.add(new Row(source.row(), texts));
            cells.add(r);
            width = Math.max(width, r.size());
        }
        problems.throwIfAny();
        List<String> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            columns.add(source.columnLabel(c));
        }
        // The header is found on the rows shown by the same rules an import follows; problems about it
        // (a header row past those shown, a column named twice) are the import's to report.
        Problems ignored = new Problems(problems.file());
        RowTable table = new RowTable(new ListRows(sheet, rows, cells, source::columnLabel), options, ignored, false,
                dialect);
        int headerRow = table.headerRow();
        return new SheetPreview(sheets, hidden, sheet, what, dialect != null && dialect.decimalComma(), columns, rows,
                more, headerRow, headerRow == 0 ? List.of() : table.headers());
    }
}
