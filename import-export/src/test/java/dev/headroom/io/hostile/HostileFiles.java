package dev.headroom.io.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds hostile files for tests, from scratch: minimal .xlsx and .ods packages around a sheet the
 * test writes, zip bombs, entity tricks, absurd sizes, and lazily generated text that never ends.
 */
public final class HostileFiles {
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>""";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Usage" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
            </Relationships>""";
    static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String SHEET_END = "</sheetData></worksheet>";
    static final String HEADER_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>period</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>web cpu</t></is></c></row>";

    private HostileFiles() {
    }

    /** Writes the sheet XML (and shared strings) into a minimal, otherwise valid .xlsx package. */
    public static Path xlsx(Path file, String sheetXml, String sharedStringsXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELS);
            entry(zip, "xl/workbook.xml", WORKBOOK);
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
            entry(zip, "xl/sharedStrings.xml", sharedStringsXml == null
                    ? "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                    : sharedStringsXml);
        }
        return file;
    }

    /** A valid .xlsx of one usage row, for tests that then damage it. */
    public static Path smallXlsx(Path file) throws IOException {
        return xlsx(file, SHEET_START + HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>2024-01</t></is></c>"
                + "<c r=\"B2\"><v>3</v></c></row>" + SHEET_END, null);
    }

    /** An .xlsx whose sheet expands to {@code megabytes} of blank rows from a few hundred kilobytes. */
    public static Path zipBomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELS);
            entry(zip, "xl/workbook.xml", WORKBOOK);
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replaceAll("<Relationship Id=\"rId2\"[^>]*>", ""));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write((SHEET_START + HEADER_ROW).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** "Billion laughs": nested entities that would expand a few bytes to gigabytes. */
    public static Path entityExpansion(Path file) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String sheet = SHEET_START.replace("<worksheet", dtd + "<worksheet") + HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>" + SHEET_END;
        return xlsx(file, sheet, null);
    }

    /** An external entity that would pull a local file's content into a cell. */
    public static Path externalEntity(Path file, Path secret) throws IOException {
        String dtd = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String sheet = SHEET_START.replace("<worksheet", dtd + "<worksheet") + HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c><c r=\"B2\"><v>1</v></c></row>"
                + SHEET_END;
        return xlsx(file, sheet, null);
    }

    /** A sheet claiming the last cell of the grid and a cell beyond it. */
    public static Path absurdDimensions(Path file) throws IOException {
        return xlsx(file, SHEET_START.replace("<sheetData>", "<dimension ref=\"A1:XFD1048576\"/><sheetData>") + HEADER_ROW
                + "<row r=\"1048576\"><c r=\"ZZZZZZZ1048576\"><v>1</v></c></row>" + SHEET_END, null);
    }

    /** A sheet whose second row holds {@code columns} cells without addresses. */
    public static Path manyColumnsXlsx(Path file, int columns) throws IOException {
        StringBuilder row = new StringBuilder("<row r=\"2\">");
        for (int i = 0; i < columns; i++) {
            row.append("<c><v>1</v></c>");
        }
        return xlsx(file, SHEET_START + HEADER_ROW + row + "</row>" + SHEET_END, null);
    }

    /** A CSV header of {@code columns} short columns. */
    public static Path manyColumnsCsv(Path file, int columns) throws IOException {
        StringBuilder header = new StringBuilder("period");
        for (int i = 0; i < columns; i++) {
            header.append(",c").append(i);
        }
        return Files.writeString(file, header + "\n2024-01" + ",1".repeat(3) + "\n");
    }

    /** An .ods whose one data row repeats a billion times. */
    public static Path odsRepeatedRows(Path file) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"Usage\"><table:table-row><table:table-cell office:value-type=\"string\">"
                + "<text:p>period</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>web cpu"
                + "</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated=\"1000000000\">"
                + "<table:table-cell office:value-type=\"string\"><text:p>2024-01</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p></table:table-cell>"
                + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
            entry(zip, "content.xml", content);
        }
        return file;
    }

    /** The first half of a valid file: its zip directory is gone. */
    public static Path truncated(Path whole, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A valid file with the compressed bytes of its entries overwritten, its zip directory intact. */
    public static Path corrupted(Path whole, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        Random random = new Random(11);
        int end = bytes.length - 600;
        for (int i = 200; i < end; i += 7) {
            bytes[i] = (byte) random.nextInt();
        }
        return Files.write(file, bytes);
    }

    /** Random bytes. */
    public static Path garbage(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    /** A usage CSV header, then one line of {@code length} characters that is generated as it is read, never stored. */
    public static InputStream endlessLine(long length) {
        byte[] header = "period,workload,resource,usage\n2024-01,".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position < header.length) {
                    return header[(int) position++];
                }
                return position++ < header.length + length ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
    }

    /** A CSV file with one line of {@code length} characters after the header. */
    public static Path longLine(Path file, int length) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); InputStream in = endlessLine(length)) {
            in.transferTo(out);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
