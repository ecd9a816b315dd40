package dev.headroom.io.table;

import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;
import org.apache.poi.util.XMLHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of one sheet of an .ods file, pulled from content.xml. Repeated rows and cells
 * ({@code number-rows-repeated}, {@code number-columns-repeated}) are expanded only where they hold
 * values: LibreOffice writes the empty rest of a sheet as one row repeated a million times.
 */
final class OdsRows implements RowSource {
    private static final Logger LOG = LoggerFactory.getLogger(OdsRows.class);
    private static final String NS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String NS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final int MAX_ROW = 1_048_576;

    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final Problems problems;
    private final XlsxRows.ColumnLabels labels = new XlsxRows.ColumnLabels();
    private final NumericCells numbers = new NumericCells(false);
    private int row;
    private List<TableCell> repeated;
    private int repeatsLeft;
    private boolean failed;
    private boolean inSheet;

    OdsRows(String sheet, InputStream in, Problems problems) {
        this.sheet = sheet;
        this.in = in;
        this.problems = problems;
        XMLStreamReader x = null;
        if (in != null) {
            try {
                x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                damaged(e);
            }
        }
        this.xml = x;
    }

    @Override
    public List<TableCell> next() {
        if (repeatsLeft > 0) {
            repeatsLeft--;
            row++;
            return repeated;
        }
        if (xml == null || failed) {
            return null;
        }
        try {
            if (!inSheet && !findSheet()) {
                return null;
            }
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "table-row".equals(xml.getLocalName())) {
                    List<TableCell> cells = readRow();
                    if (cells != null) {
                        return cells;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "table".equals(xml.getLocalName())
                        && OdsSource.NS_TABLE.equals(xml.getNamespaceURI())) {
                    failed = true;
                    return null;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            damaged(e);
        } catch (BeyondLimits e) {
            failed = true;
            problems.atRow(sheet, row, e.problem);
        }
        return null;
    }

    private boolean findSheet() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "table".equals(xml.getLocalName())
                    && OdsSource.NS_TABLE.equals(xml.getNamespaceURI())) {
                if (sheet.equals(xml.getAttributeValue(OdsSource.NS_TABLE, "name"))) {
                    inSheet = true;
                    return true;
                }
                OdsSource.skipElement(xml);
            }
        }
        failed = true;
        return false;
    }

    /** One {@code table-row}: its cells, or null when it is blank (its repeats only move the row number). */
    private List<TableCell> readRow() throws XMLStreamException, BeyondLimits {
        int repeats = repeat(xml.getAttributeValue(OdsSource.NS_TABLE, "number-rows-repeated"));
        int number = row + 1;
        List<TableCell> cells = new ArrayList<>();
        long column = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT
                    && ("table-cell".equals(xml.getLocalName()) || "covered-table-cell".equals(xml.getLocalName()))) {
                int columns = repeat(xml.getAttributeValue(OdsSource.NS_TABLE, "number-columns-repeated"));
                TableCell cell = readCell(new Place(sheet, number, labels.of((int) Math.min(column, RowSource.MAX_COLUMNS)), ""));
                if (!cell.isBlank()) {
                    if (column + columns > RowSource.MAX_COLUMNS) {
                        throw new BeyondLimits(ReaderWords.of("sheet.valuesBeyondColumn", RowSource.MAX_COLUMNS));
                    }
                    // Blank cells are kept only as the gaps before a value.
                    while (cells.size() < column) {
                        cells.add(null);
                    }
                    cells.addAll(Collections.nCopies(columns, cell));
                }
                column += columns;
            } else if (event == XMLStreamConstants.END_ELEMENT && "table-row".equals(xml.getLocalName())) {
                break;
            }
        }
        boolean blank = RowTable.isBlank(cells);
        if ((long) row + repeats > MAX_ROW && !blank) {
            throw new BeyondLimits(ReaderWords.of("sheet.valuesBeyondRow", MAX_ROW));
        }
        if (blank) {
            row = (int) Math.min(MAX_ROW, (long) row + repeats);
            return null;
        }
        row = number;
        repeated = cells;
        repeatsLeft = repeats - 1;
        return cells;
    }

    private static int repeat(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private TableCell readCell(Place place) throws XMLStreamException {
        String type = xml.getAttributeValue(NS_OFFICE, "value-type");
        String value = xml.getAttributeValue(NS_OFFICE, "value");
        String date = xml.getAttributeValue(NS_OFFICE, "date-value");
        String bool = xml.getAttributeValue(NS_OFFICE, "boolean-value");
        String text = text();
        if (type == null) {
            return TableCell.ofText(place, text);
        }
        return switch (type) {
            case "float", "percentage", "currency" -> number(place, value, text);
            case "date" -> date(place, date, text);
            case "boolean" -> new TableCell(place, TableCell.Kind.BOOLEAN,
                    "true".equalsIgnoreCase(bool) ? "TRUE" : "FALSE", Double.NaN, null);
            default -> TableCell.ofText(place, text);
        };
    }

    /** The cell's paragraphs, joined by line breaks; {@code <text:s c="n"/>} stands for n spaces. */
    private String text() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if ("p".equals(xml.getLocalName()) && NS_TEXT.equals(xml.getNamespaceURI()) && paragraphs++ > 0) {
                    out.append('\n');
                } else if ("s".equals(xml.getLocalName()) && NS_TEXT.equals(xml.getNamespaceURI())) {
                    out.repeat(" ", Math.min(1000, repeat(xml.getAttributeValue(NS_TEXT, "c"))));
                } else if ("annotation".equals(xml.getLocalName())) {
                    OdsSource.skipElement(xml);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && out.length() < CsvRows.MAX_RECORD_CHARS) {
                out.append(xml.getText());
            }
        }
        return out.toString();
    }

    private TableCell number(Place place, String value, String shown) {
        try {
            double v = Double.parseDouble(value.strip());
            TableCell plain = numbers.of(place, v, value.strip(), XlsxParts.CellFormat.GENERAL);
            return shown.isBlank() ? plain : new TableCell(place, TableCell.Kind.NUMBER, shown, v, null);
        } catch (NumberFormatException | NullPointerException e) {
            return TableCell.ofText(place, shown);
        }
    }

    private static TableCell date(Place place, String value, String shown) {
        try {
            String v = value.strip();
            LocalDateTime at = v.contains("T") ? LocalDateTime.parse(v) : LocalDate.parse(v).atStartOfDay();
            return NumericCells.date(place, at);
        } catch (DateTimeParseException | NullPointerException e) {
            return TableCell.ofText(place, shown);
        }
    }

    private void damaged(Exception e) {
        failed = true;
        LOG.debug("sheet {} could not be read on from row {}", sheet, row + 1, e);
        problems.atRow(sheet, row + 1, ReadFailures.damagedPart(ReaderWords.of("part.sheet"), e));
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public String columnLabel(int column) {
        return labels.of(column);
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

    private static final class BeyondLimits extends Exception {
        private final transient Wording problem;

        BeyondLimits(Wording problem) {
            super(problem.english());
            this.problem = problem;
        }
    }
}
