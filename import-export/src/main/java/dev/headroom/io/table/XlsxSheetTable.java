package dev.headroom.io.table;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One sheet of an .xlsx file as a {@link Table}, pulled row by row from the sheet's XML with StAX.
 * Cells hold their cached values (for formulas, the result last computed by the spreadsheet program).
 */
final class XlsxSheetTable implements Table {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheetTable.class);

    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxCells cells;
    private final Problems problems;
    private final List<String> headers;
    private final int headerRow;
    private int lastRow;
    private boolean failed;

    XlsxSheetTable(String sheet, PackagePart part, SharedStrings strings, StylesTable styles, NumericCells numbers,
                   Problems problems) {
        this.sheet = sheet;
        this.cells = new XlsxCells(strings, styles, numbers);
        this.problems = problems;
        this.in = stream(part);
        this.xml = in == null ? null : open(in);
        List<TableCell> header = nextNonBlankRow();
        this.headerRow = header == null ? 0 : lastRow;
        List<String> raw = new ArrayList<>();
        if (header != null) {
            header.forEach(c -> raw.add(c == null ? "" : c.trimmed()));
        }
        this.headers = Headers.of(raw, sheet, CellReference::convertNumToColString, problems);
    }

    private InputStream stream(PackagePart part) {
        try {
            return part.getInputStream();
        } catch (IOException e) {
            damaged(e);
            return null;
        }
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
    public List<String> headers() {
        return headers;
    }

    @Override
    public TableCell headerCell(int column) {
        String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
        return TableCell.ofText(new Place(sheet, headerRow, CellReference.convertNumToColString(column), ""), header);
    }

    @Override
    public Iterable<TableRow> rows() {
        return () -> new Iterator<>() {
            private List<TableCell> next = headerRow == 0 ? null : nextNonBlankRow();
            private int number = lastRow;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public TableRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                TableRow row = new StreamedRow(number, next);
                next = nextNonBlankRow();
                number = lastRow;
                return row;
            }
        };
    }

    private final class StreamedRow implements TableRow {
        private final int number;
        private final List<TableCell> values;

        StreamedRow(int number, List<TableCell> values) {
            this.number = number;
            this.values = values;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public TableCell cell(int column) {
            String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
            Place place = new Place(sheet, number, column < 0 ? "" : CellReference.convertNumToColString(column), header);
            TableCell raw = column >= 0 && column < values.size() ? values.get(column) : null;
            return raw == null ? TableCell.blank(place) : new TableCell(place, raw.kind(), raw.text(), raw.number(), raw.date());
        }

        @Override
        public int width() {
            return values.size();
        }
    }

    /** The cells of the next row that has any value, by column (null where there is no cell); null at the end. */
    private List<TableCell> nextNonBlankRow() {
        if (xml == null || failed) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    List<TableCell> row = readRow();
                    if (row.stream().anyMatch(c -> c != null && !c.isBlank())) {
                        return row;
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            damaged(e);
        }
        return null;
    }

    private List<TableCell> readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
        List<TableCell> row = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? nextColumn : columnOf(ref);
                while (row.size() <= column) {
                    row.add(null);
                }
                row.set(column, readCell(new Place(sheet, lastRow, CellReference.convertNumToColString(column), "")));
                nextColumn = column + 1;
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        return row;
    }

    /** Reads one {@code <c>} element: its type, style and cached value. */
    private TableCell readCell(Place place) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
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

    /** The 0-based column of a reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column - 1;
    }

    private void damaged(Exception e) {
        failed = true;
        LOG.debug("sheet {} could not be read on from row {}", sheet, lastRow + 1, e);
        problems.atRow(sheet, lastRow + 1, "the sheet is damaged from here on and cannot be read further;"
                + " open the workbook in a spreadsheet program and save it again");
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
}
