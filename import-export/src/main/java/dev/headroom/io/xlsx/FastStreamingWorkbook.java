package dev.headroom.io.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;

/**
 * POI's streaming workbook with two changes for speed on large plans: spilled rows go through an
 * unlocked UTF-8 writer ({@link Utf8Writer}), and the file is deflated at the fastest level (a few
 * percent larger, several times faster to compress).
 */
final class FastStreamingWorkbook extends SXSSFWorkbook {

    FastStreamingWorkbook(XSSFWorkbook template, int rowWindow) {
        super(template, rowWindow);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter(getSharedStringSource()) {
            @Override
            public Writer createWriter(File file) throws IOException {
                return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
