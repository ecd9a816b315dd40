package dev.headroom.io.table;

import dev.headroom.io.ReaderWords;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An OpenDocument spreadsheet (.ods) read straight from its {@code content.xml} with StAX, one row
 * at a time, through POI's zip-bomb-guarded zip reader. (SODS, the maintained Java library for ODS,
 * builds the whole document in memory, which would make memory grow with the file.)
 */
final class OdsSource implements SheetSource {
    private static final Logger LOG = LoggerFactory.getLogger(OdsSource.class);
    static final String NS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String NS_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private final ZipSecureFile zip;
    private final ZipArchiveEntry content;
    private final List<String> names = new ArrayList<>();
    private final List<String> hidden = new ArrayList<>();
    private final Problems problems;

    private OdsSource(ZipSecureFile zip, ZipArchiveEntry content, Problems problems) throws IOException, XMLStreamException {
        this.zip = zip;
        this.content = content;
        this.problems = problems;
        scanSheets();
    }

    /** Opens an .ods file; a zip that is not an OpenDocument spreadsheet adds a problem and gives empty. */
    static java.util.Optional<SheetSource> open(Path file, Problems problems) throws IOException, XMLStreamException {
        ZipSecureFile zip = new ZipSecureFile(file.toFile());
        try {
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                problems.general(ReaderWords.of("workbook.zipWithoutSheet"));
                zip.close();
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new OdsSource(zip, content, problems));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** One pass over content.xml for the sheets' names and which table styles hide a sheet. */
    private void scanSheets() throws IOException, XMLStreamException {
        Set<String> hidingStyles = new HashSet<>();
        try (InputStream in = stream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                String style = null;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "style" -> style = xml.getAttributeValue(NS_STYLE, "name");
                        case "table-properties" -> {
                            if ("false".equals(xml.getAttributeValue(NS_TABLE, "display")) && style != null) {
                                hidingStyles.add(style);
                            }
                        }
                        case "table" -> {
                            if (NS_TABLE.equals(xml.getNamespaceURI())) {
                                String name = String.valueOf(xml.getAttributeValue(NS_TABLE, "name"));
                                names.add(name);
                                if (hidingStyles.contains(xml.getAttributeValue(NS_TABLE, "style-name"))) {
                                    hidden.add(name);
                                }
                                skipElement(xml);
                            }
                        }
                        default -> { }
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
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

    private InputStream stream() throws IOException {
        return new BoundedInputStream(zip.getInputStream(content), XlsxSource.MAX_SHEET_PART, "the spreadsheet content");
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public List<String> hiddenSheets() {
        return List.copyOf(hidden);
    }

    @Override
    public Table exactSheet(String name, TableOptions options) {
        return new RowTable(rows(name), options, problems, false);
    }

    /** The sheet's physical rows. */
    RowSource rows(String name) {
        InputStream in = null;
        try {
            in = stream();
        } catch (IOException e) {
            LOG.debug("content.xml could not be opened", e);
            problems.inSheet(name, ReadFailures.damagedPart(ReaderWords.of("part.sheet"), e));
        }
        return new OdsRows(name, in, problems);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            LOG.debug("closing an .ods file failed", e);
        }
    }
}
