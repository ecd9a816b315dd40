package dev.headroom.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a file holds, by its first bytes and (for zips) its directory, never by its name alone: a
 * planner's {@code usage.xlsx} may be CSV text, and a {@code usage.csv} an Excel workbook.
 */
public enum FileKind {
    /** An Office Open XML package: .xlsx or .xlsm (or another Office document, found out on opening). */
    OOXML,
    /** An OpenDocument spreadsheet (.ods). */
    ODS,
    /** An OLE2 compound file: .xls (or a password-protected .xlsx). */
    OLE2,
    /** A zip archive that is neither, or one cut off or damaged. */
    OTHER_ZIP,
    /** Anything else; read as delimited text, which may then turn out to be binary. */
    TEXT,
    /** No bytes at all. */
    EMPTY;

    /** Zip archives with more entries than this are not spreadsheets someone saved. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

    /** What the file holds; folders and missing files are the caller's to check first. */
    public static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            return EMPTY;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipKind(file);
        }
        if (head.length == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return OLE2;
        }
        return TEXT;
    }

    private static FileKind zipKind(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() == 0 || zip.size() > MAX_ZIP_ENTRIES) {
                return OTHER_ZIP;
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                return OOXML;
            }
            if (zip.getEntry("content.xml") != null) {
                return ODS;
            }
            return OTHER_ZIP;
        } catch (ZipException e) {
            // No readable zip directory: cut off while copying, or damaged.
            return OTHER_ZIP;
        }
    }

    /** Whether the file's name says it is delimited text. */
    public static boolean namedAsText(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    /** Whether the file's name says it is a workbook. */
    public static boolean namedAsWorkbook(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".ods");
    }

    /** Whether this kind is a workbook Headroom can open as sheets. */
    public boolean isWorkbook() {
        return this == OOXML || this == ODS || this == OLE2;
    }
}
