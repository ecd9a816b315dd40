package dev.headroom.io.table;

import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one .xlsx sheet, pulled from the sheet's XML with StAX one {@code <row>} at a time, so
 * memory does not grow with the sheet. Cells hold their cached values (for formulas, the result the
 * spreadsheet program last computed). A row or cell beyond Excel's limits ends reading with a problem.
 */
final class XlsxRows implements RowSource {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxRows.class);
    private static final int MAX_ROW = 1_048_576;

    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxCells cells;
    private final Problems problems;
    private final ColumnLabels labels = new ColumnLabels();
    private int lastRow;
    private boolean failed;

    XlsxRows(String sheet, InputStream in, XlsxCells cells, Problems problems) {
        this.sheet = sheet;
        this.cells = cells;
        this.problems = problems;
        this.in = in;
        this.xml = in == null ? null : open(in);
    }

    private XMLStreamReader open(InputStream stream) {
        try {
            return XMLHelper.newXMLInputFactory().createXMLStreamReader(stream);
        } catch (XMLStreamException e) {
            damaged(e);
            return null;
        }
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public int row() {
        return lastRow;
    }

    @Override
    public String columnLabel(int column) {
        return labels.of(column);
    }

    @Override
    public List<TableCell> next() {
        if (xml == null || failed) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return readRow();
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            damaged(e);
        } catch (BeyondLimits e) {
            failed = true;
            problems.atRow(sheet, lastRow, e.problem);
        }
        return null;
    }

    private List<TableCell> readRow() throws XMLStreamException, BeyondLimits {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : parseRow(r);
        if (number <= lastRow || number > MAX_ROW) {
            throw new BeyondLimits(number <= lastRow ? ReaderWords.of("sheet.rowsOutOfOrder", number, lastRow)
                    : ReaderWords.of("sheet.rowBeyondExcel", MAX_ROW));
        }
        lastRow = number;
        List<TableCell> row = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                readCellAttributes();
                int column = ref == null ? nextColumn : columnOf(ref);
                if (column < 0 || column >= MAX_COLUMNS) {
                    throw new BeyondLimits(ReaderWords.of("sheet.cellBeyondExcel", MAX_COLUMNS));
                }
                while (row.size() < column) {
                    row.add(null);
                }
                TableCell cell = readCell(new Place(sheet, lastRow, labels.of(column), ""));
                if (row.size() == column) {
                    row.add(cell);
                } else {
                    row.set(column, cell);
                }
                nextColumn = column + 1;
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return row;
    }

    private int parseRow(String r) throws BeyondLimits {
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            throw new BeyondLimits(ReaderWords.of("sheet.badRowNumber", r));
        }
    }

    private String ref;
    private String type;
    private String style;

    /** A cell's address, type and style, in one pass over its attributes. */
    private void readCellAttributes() {
        ref = null;
        type = null;
        style = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String name = xml.getAttributeLocalName(i);
            if (name.length() == 1) {
                switch (name.charAt(0)) {
                    case 'r' -> ref = xml.getAttributeValue(i);
                    case 't' -> type = xml.getAttributeValue(i);
                    case 's' -> style = xml.getAttributeValue(i);
                    default -> { }
                }
            }
        }
    }

    /** Reads one {@code <c>} element's cached value, its attributes already read. */
    private TableCell readCell(Place place) throws XMLStreamException {
        String type = this.type;
        String style = this.style;
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        if (inline != null) {
                            inline.append(xml.getElementText());
                        }
                    }
                    case "rPh", "f" -> skipElement();
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        return cells.decode(place, type == null ? "n" : type, style, value, inline);
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The 0-based column of a reference such as {@code AB12}; -1 when it has more letters than any column. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            int letter;
            if (c >= 'A' && c <= 'Z') {
                letter = c - 'A' + 1;
            } else if (c >= 'a' && c <= 'z') {
                letter = c - 'a' + 1;
            } else {
                break;
            }
            if (i >= 3) {
                return -1;
            }
            column = column * 26 + letter;
        }
        return column - 1;
    }

    private void damaged(Exception e) {
        failed = true;
        LOG.debug("sheet {} could not be read on from row {}", sheet, lastRow + 1, e);
        problems.atRow(sheet, lastRow + 1, ReadFailures.damagedPart(ReaderWords.of("part.sheet"), e));
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            if (in != null) {
                in.close();
            }
        } catch (XMLStreamException | IOException e) {
            LOG.debug("closing sheet {} failed", sheet, e);
        }
    }

    /** A row or cell address outside what any spreadsheet program writes. */
    private static final class BeyondLimits extends Exception {
        private final transient Wording problem;

        BeyondLimits(Wording problem) {
            super(problem.english());
            this.problem = problem;
        }
    }

    /** Column letters, worked out once for the columns usage tables use; safe to share between threads. */
    static final class ColumnLabels {
        private static final String[] FIRST = new String[1024];

        static {
            for (int i = 0; i < FIRST.length; i++) {
                FIRST[i] = CellReference.convertNumToColString(i);
            }
        }

        String of(int column) {
            if (column < 0) {
                return "";
            }
            return column < FIRST.length ? FIRST[column] : CellReference.convertNumToColString(column);
        }
    }
}
