package dev.headroom.io.table;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.RecordFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens workbooks (.xlsx and .xls) for reading, turning every way a file can fail to be a workbook
 * into one problem in words.
 */
public final class Workbooks {
    private static final Logger LOG = LoggerFactory.getLogger(Workbooks.class);

    /** A sheet's XML may expand at most this much: large enough for a long usage history. */
    private static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Our own sheets are repetitive and compress well; 1:500 still stops a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.002;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private static final String DAMAGED = "not an Excel workbook (.xlsx or .xls), or a damaged one:"
            + " open it in a spreadsheet program and save it again";

    private Workbooks() {
    }

    /**
     * Opens a workbook read-only: an .xlsx file is streamed sheet by sheet, an .xls file read whole.
     * When the file is not a workbook, adds a single problem naming the file and returns empty.
     * Problems found later while reading its sheets go to the same {@code problems}.
     */
    public static Optional<SheetSource> open(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.general(Files.exists(file) ? "a folder, not a workbook" : "the file does not exist");
            return Optional.empty();
        }
        try {
            if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
                if (isCutOffZip(file)) {
                    problems.general(DAMAGED);
                    return Optional.empty();
                }
                return XlsxSource.open(file, problems);
            }
            return Optional.of(new UserModelSource(WorkbookFactory.create(file.toFile(), null, true), problems));
        } catch (EmptyFileException e) {
            problems.general("the file is empty; expected an Excel workbook (.xlsx or .xls)");
        } catch (EncryptedDocumentException e) {
            problems.general("the workbook is protected by a password; save it without one");
        } catch (IOException | OpenXML4JException | SAXException | UnsupportedFileFormatException | POIXMLException
                 | OpenXML4JRuntimeException | RecordFormatException e) {
            LOG.debug("{} could not be opened as a workbook", file, e);
            problems.general(notAWorkbook(e));
        }
        return Optional.empty();
    }

    /**
     * Whether an .xlsx file lacks its zip directory, as one cut off while copying does. POI would
     * quietly read such a file entry by entry and return whatever sheets survived.
     */
    private static boolean isCutOffZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() == 0;
        } catch (ZipException e) {
            LOG.debug("{} is not a complete zip file", file, e);
            return true;
        }
    }

    private static String notAWorkbook(Exception e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.contains("Zip bomb")) {
            return "the workbook expands to far more data than it holds (a possible zip bomb); it is not read";
        }
        if (e instanceof OpenXML4JException || e instanceof SAXException) {
            return DAMAGED;
        }
        if (e instanceof IOException io && !(detail.contains("unsupported file type") || detail.contains("InvalidFormat"))) {
            String why = ReadFailures.describe(io);
            if (!why.startsWith("it cannot be read")) {
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
