package dev.headroom.io.table;

import dev.headroom.io.ReaderWords;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An .xlsx (or .xlsm) workbook whose sheets are streamed from the file rather than loaded whole:
 * only the shared strings and the cell styles' number formats are held in memory, each read with a
 * size limit, and each sheet's XML is read row by row.
 */
final class XlsxSource implements SheetSource {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxSource.class);
    /** workbook.xml and styles.xml of real workbooks are kilobytes; more is hostile. */
    private static final long MAX_SMALL_PART = 32L << 20;
    private static final long MAX_SHARED_STRINGS_PART = 256L << 20;
    /** A sheet of Excel's full 1,048,576 rows of a few columns stays well below this. */
    static final long MAX_SHEET_PART = 2L << 30;

    private final OPCPackage pkg;
    private final List<String> strings;
    private final List<XlsxParts.CellFormat> formats;
    private final boolean date1904;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
    private final List<String> hidden = new ArrayList<>();
    private final Problems problems;

    private XlsxSource(OPCPackage pkg, PackagePart workbook, Problems problems)
            throws IOException, InvalidFormatException, XMLStreamException {
        this.pkg = pkg;
        this.problems = problems;
        XlsxParts.WorkbookEntries entries;
        try (InputStream in = bounded(workbook, MAX_SMALL_PART, "the list of sheets")) {
            entries = XlsxParts.workbook(in);
        }
        this.date1904 = entries.date1904();
        for (XlsxParts.SheetEntry s : entries.sheets()) {
            PackagePart part = s.relationId() == null ? null : related(workbook, s.relationId());
            if (part != null && !sheets.containsKey(s.name())) {
                sheets.put(s.name(), part);
                if (s.hidden()) {
                    hidden.add(s.name());
                }
            }
        }
        PackagePart stylesPart = relatedByType(workbook, "/styles");
        if (stylesPart == null) {
            this.formats = List.of();
        } else {
            try (InputStream in = bounded(stylesPart, MAX_SMALL_PART, "the cell styles")) {
                this.formats = XlsxParts.cellFormats(in);
            }
        }
        PackagePart stringsPart = relatedByType(workbook, "/sharedStrings");
        if (stringsPart == null) {
            this.strings = List.of();
        } else {
            try (InputStream in = bounded(stringsPart, MAX_SHARED_STRINGS_PART, "the shared text")) {
                this.strings = XlsxParts.sharedStrings(in);
            }
        }
    }

    /**
     * Opens the package read-only; the caller has checked that the file is a complete zip. Another
     * kind of Office document (Word, PowerPoint, a binary .xlsb) adds a problem and gives empty.
     */
    static Optional<SheetSource> open(Path file, Problems problems)
            throws IOException, OpenXML4JException, XMLStreamException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            PackagePart workbook = mainPart(pkg);
            String type = workbook == null ? "" : workbook.getContentType();
            if (workbook == null || !(type.contains("spreadsheetml") || type.contains("ms-excel.sheet.macroEnabled"))
                    || type.contains("binary")) {
                problems.general(type.contains("binary") ? ReaderWords.of("workbook.xlsb") : ReaderWords.of("workbook.otherOffice"));
                pkg.revert();
                return Optional.empty();
            }
            return Optional.of(new XlsxSource(pkg, workbook, problems));
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() == 0) {
            main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
    }

    private static PackagePart related(PackagePart from, String id) throws InvalidFormatException {
        PackageRelationship rel = from.getRelationship(id);
        return rel == null ? null : part(from, rel);
    }

    /** The part a relationship points to; null when the package lacks it (a dangling reference). */
    private static PackagePart part(PackagePart from, PackageRelationship rel) throws InvalidFormatException {
        try {
            return from.getRelatedPart(rel);
        } catch (IllegalArgumentException e) {
            LOG.debug("{} points to a part the package does not have", rel, e);
            return null;
        }
    }

    private static PackagePart relatedByType(PackagePart from, String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship rel : from.getRelationships()) {
            if (rel.getRelationshipType().endsWith(typeSuffix)) {
                return part(from, rel);
            }
        }
        return null;
    }

    private static InputStream bounded(PackagePart part, long limit, String what) throws IOException {
        return new BoundedInputStream(part.getInputStream(), limit, what);
    }

    @Override
    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public List<String> hiddenSheets() {
        return List.copyOf(hidden);
    }

    @Override
    public Table exactSheet(String name, TableOptions options) {
        Problems own = new Problems(problems.file());
        return new RowTable(new PrefetchedRows(rows(name, own), own, problems), options, problems, date1904);
    }

    /** The sheet's physical rows, read on the calling thread, reporting damage to {@code to}. */
    RowSource rows(String name, Problems to) {
        InputStream in = null;
        try {
            in = bounded(sheets.get(name), MAX_SHEET_PART, "the sheet");
        } catch (IOException e) {
            LOG.debug("sheet {} could not be opened", name, e);
            problems.inSheet(name, ReadFailures.damagedPart(ReaderWords.of("part.sheet"), e));
        }
        XlsxCells cells = new XlsxCells(strings, formats, new NumericCells(date1904));
        return new XlsxRows(name, in, cells, to);
    }

    @Override
    public void close() {
        // Opened read-only: revert closes the file without writing anything back.
        pkg.revert();
    }
}
