package dev.headroom.io.table;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An .xlsx workbook whose sheets are streamed from the file rather than loaded whole: only the
 * shared strings and styles are held in memory, and each sheet's XML is read row by row.
 */
final class XlsxSource implements SheetSource {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxSource.class);

    private final OPCPackage pkg;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<String, PackagePart> sheets;
    private final Problems problems;

    private XlsxSource(OPCPackage pkg, Problems problems) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        this.problems = problems;
        XSSFReader reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        this.date1904 = usesDate1904(reader);
        this.sheets = new LinkedHashMap<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            sheets.put(it.getSheetName(), it.getSheetPart());
        }
    }

    /**
     * Opens the package read-only; the caller has checked that the file is a complete zip. Another
     * kind of Office document (a Word or PowerPoint file) adds a problem and gives empty.
     */
    static Optional<SheetSource> open(Path file, Problems problems) throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            if (!isSpreadsheet(pkg)) {
                problems.general("an Office document of another kind (such as Word or PowerPoint), not an Excel workbook");
                pkg.revert();
                return Optional.empty();
            }
            return Optional.of(new XlsxSource(pkg, problems));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static boolean isSpreadsheet(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() == 0) {
            // Strict OOXML names its main part differently; XSSFReader decides about those.
            return true;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        return part == null || part.getContentType().contains("spreadsheetml");
    }

    @Override
    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public Table exactSheet(String name) {
        return new XlsxSheetTable(name, sheets.get(name), strings, styles, new NumericCells(date1904), problems);
    }

    @Override
    public void close() {
        // Opened read-only: revert closes the file without writing anything back.
        pkg.revert();
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
                        return false;
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            LOG.debug("workbook.xml could not be read for its date system; assuming 1900", e);
            return false;
        }
    }
}
