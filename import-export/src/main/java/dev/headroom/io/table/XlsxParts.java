package dev.headroom.io.table;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small parts of an .xlsx package that the sheets refer to — the sheet list, the number
 * formats of the cell styles and the shared strings — with StAX and hard limits, instead of POI's
 * object model: a hostile workbook can make any of them huge, and POI would build it whole.
 */
final class XlsxParts {
    /** Shared strings: enough for a million distinct labels, far below what fits in a 512 MB heap. */
    static final int MAX_SHARED_STRINGS = 2_000_000;
    static final long MAX_SHARED_CHARS = 64L << 20;

    private XlsxParts() {
    }

    /** A sheet as the workbook lists it: name, relationship id and whether it is hidden. */
    record SheetEntry(String name, String relationId, boolean hidden) {
    }

    /** What workbook.xml says: the sheets in order and the date system. */
    record WorkbookEntries(List<SheetEntry> sheets, boolean date1904) {
    }

    static WorkbookEntries workbook(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            List<SheetEntry> sheets = new ArrayList<>();
            boolean date1904 = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbookPr" -> {
                        String v = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                    case "sheet" -> {
                        String state = xml.getAttributeValue(null, "state");
                        sheets.add(new SheetEntry(String.valueOf(xml.getAttributeValue(null, "name")), attribute(xml, "id"),
                                "hidden".equals(state) || "veryHidden".equals(state)));
                    }
                    default -> { }
                }
            }
            return new WorkbookEntries(sheets, date1904);
        } finally {
            xml.close();
        }
    }

    /** An attribute by local name in any namespace ({@code r:id} differs between transitional and strict files). */
    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i)) && xml.getAttributeNamespace(i) != null) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * The number format of each cell style ({@code cellXfs}), by style index: its format index and
     * format string, and whether it shows a date.
     */
    static List<CellFormat> cellFormats(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            java.util.Map<Integer, String> custom = new java.util.HashMap<>();
            List<CellFormat> formats = new ArrayList<>();
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> {
                            Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                            if (id != null) {
                                custom.put(id, xml.getAttributeValue(null, "formatCode"));
                            }
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                                int index = id == null ? 0 : id;
                                String code = custom.getOrDefault(index, BuiltinFormats.getBuiltinFormat(index));
                                formats.add(CellFormat.of(index, code));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    inCellXfs = false;
                }
            }
            return formats;
        } finally {
            xml.close();
        }
    }

    /** A cell style's number format, with whether it shows dates worked out once. */
    record CellFormat(int index, String code, boolean date) {
        static final CellFormat GENERAL = new CellFormat(0, "General", false);

        static CellFormat of(int index, String code) {
            return new CellFormat(index, code, code != null && DateUtil.isADateFormat(index, code));
        }
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The shared strings in order: the text of each {@code <si>}, joining its runs and leaving out
     * phonetic hints. Stops with an {@link IOException} past {@link #MAX_SHARED_STRINGS} strings or
     * {@link #MAX_SHARED_CHARS} characters.
     */
    static List<String> sharedStrings(InputStream in) throws XMLStreamException, IOException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            List<String> strings = new ArrayList<>();
            StringBuilder current = null;
            int phonetic = 0;
            long chars = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            if (current != null && phonetic == 0) {
                                String t = xml.getElementText();
                                chars += t.length();
                                if (chars > MAX_SHARED_CHARS) {
                                    throw new BoundedInputStream.TooLargeException(
                                            "the workbook's shared text holds more than " + (MAX_SHARED_CHARS >> 20)
                                                    + " million characters");
                                }
                                current.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "rPh" -> phonetic--;
                        case "si" -> {
                            if (strings.size() >= MAX_SHARED_STRINGS) {
                                throw new BoundedInputStream.TooLargeException("the workbook holds more than "
                                        + MAX_SHARED_STRINGS + " distinct texts");
                            }
                            strings.add(current == null ? "" : current.toString());
                            current = null;
                        }
                        default -> { }
                    }
                }
            }
            return strings;
        } finally {
            xml.close();
        }
    }
}
