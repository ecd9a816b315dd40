package dev.headroom.io.table;

import dev.headroom.io.ReaderWords;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.RecordFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamException;
import dev.headroom.core.model.Wording;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens workbooks (.xlsx, .xlsm, .xls, .ods) for reading, by what the file holds rather than its
 * name, turning every way a file can fail to be a workbook into one problem in words.
 */
public final class Workbooks {
    private static final Logger LOG = LoggerFactory.getLogger(Workbooks.class);

    /** A sheet's XML may expand at most this much: large enough for Excel's full million rows. */
    private static final long MAX_ENTRY_BYTES = XlsxSource.MAX_SHEET_PART;
    /** Our own sheets are repetitive and compress well; 1:500 still stops a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.002;
    /** .xls files are read whole; the format's 65,536 rows never need more. */
    static final long MAX_XLS_BYTES = 128L << 20;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private static final Wording DAMAGED = ReaderWords.of("workbook.damaged");

    private Workbooks() {
    }

    /**
     * Opens a workbook read-only: .xlsx and .ods are streamed sheet by sheet, .xls read whole. When
     * the file is not a workbook, adds a single problem naming the file and returns empty. Problems
     * found later while reading its sheets go to the same {@code problems}.
     */
    public static Optional<SheetSource> open(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.general(Files.exists(file) ? ReaderWords.of("workbook.folder") : ReaderWords.of("file.missing"));
            return Optional.empty();
        }
        try {
            return switch (FileKind.of(file)) {
                case OOXML -> XlsxSource.open(file, problems);
                case ODS -> OdsSource.open(file, problems);
                case OLE2 -> openXls(file, problems);
                case EMPTY -> {
                    problems.general(ReaderWords.of("workbook.empty"));
                    yield Optional.empty();
                }
                case OTHER_ZIP -> {
                    problems.general(DAMAGED);
                    yield Optional.empty();
                }
                case TEXT -> {
                    problems.general(looksLikeCsv(file) ? ReaderWords.of("workbook.csvText", extension(file)) : DAMAGED);
                    yield Optional.empty();
                }
            };
        } catch (EmptyFileException e) {
            problems.general(ReaderWords.of("workbook.empty"));
        } catch (EncryptedDocumentException e) {
            problems.general(ReaderWords.of("workbook.password"));
        } catch (IOException | OpenXML4JException | XMLStreamException | UnsupportedFileFormatException | POIXMLException
                 | OpenXML4JRuntimeException | RecordFormatException e) {
            LOG.debug("{} could not be opened as a workbook", file, e);
            problems.general(notAWorkbook(e));
        } catch (RuntimeException e) {
            // POI's parsers of the binary .xls format fail on hostile files with whatever exception the
            // broken structure leads to (index, argument, state); none of them is a bug of Headroom's.
            LOG.debug("{} could not be opened as a workbook", file, e);
            problems.general(DAMAGED);
        }
        return Optional.empty();
    }

    private static Optional<SheetSource> openXls(Path file, Problems problems) throws IOException {
        if (Files.size(file) > MAX_XLS_BYTES) {
            problems.general(ReaderWords.of("workbook.xlsTooLarge", Files.size(file) >> 20, MAX_XLS_BYTES >> 20));
            return Optional.empty();
        }
        return Optional.of(new UserModelSource(WorkbookFactory.create(file.toFile(), null, true), problems));
    }

    /** Text whose first lines split into three or more columns: a CSV export with a workbook's name. */
    private static boolean looksLikeCsv(Path file) {
        try (InputStream raw = Files.newInputStream(file); BufferedInputStream in = new BufferedInputStream(raw)) {
            Optional<CsvDialect> dialect = CsvTable.dialect(in, String.valueOf(file.getFileName()));
            if (dialect.isEmpty()) {
                return false;
            }
            byte[] head = in.readNBytes(4096);
            String text = new String(head, dialect.get().charset());
            String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            return first.chars().filter(c -> c == dialect.get().delimiter()).count() >= 2;
        } catch (IOException e) {
            return false;
        }
    }

    private static Object extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ReaderWords.of("workbook.noExtension") : name.substring(dot);
    }

    private static Wording notAWorkbook(Exception e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb") || t instanceof BoundedInputStream.TooLargeException) {
                return ReadFailures.damagedPart(ReaderWords.of("part.workbook"), t);
            }
        }
        if (e instanceof OpenXML4JException || e instanceof XMLStreamException) {
            return DAMAGED;
        }
        if (e instanceof IOException io && !(detail.contains("unsupported file type") || detail.contains("InvalidFormat"))) {
            Wording why = ReadFailures.describe(io);
            if (!ReadFailures.saysOnlyUnreadable(why)) {
                return why;
            }
        }
        return DAMAGED;
    }

    /** Closes a workbook opened for reading; a failure to close changes nothing that was read. */
    static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            LOG.debug("closing a workbook failed", e);
        }
    }
}
