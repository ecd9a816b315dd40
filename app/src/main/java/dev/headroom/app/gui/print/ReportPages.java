package dev.headroom.app.gui.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The pages of a PDF report, rendered one at a time on demand: a long report at print resolution would
 * take hundreds of megabytes if every page were kept as an image. Rendering is serialised, as PDFBox's
 * renderer is not safe to use from two threads at once.
 */
public final class ReportPages implements AutoCloseable {
    /** Print resolution: the report's vector charts and text stay sharp on paper at 150 dots per inch. */
    public static final float DPI = 150;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private ReportPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens a PDF held in memory. */
    public static ReportPages of(byte[] pdf) throws IOException {
        return new ReportPages(Loader.loadPDF(pdf));
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** The page's width in points (1/72 inch). */
    public double widthPoints(int page) {
        return box(page).getWidth();
    }

    /** The page's height in points (1/72 inch). */
    public double heightPoints(int page) {
        return box(page).getHeight();
    }

    /** Renders a page (0-based) at {@link #DPI}, as an opaque RGB image. */
    public synchronized BufferedImage render(int page) {
        try {
            return renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("page " + (page + 1) + " of the report cannot be rendered: " + e.getMessage(), e);
        }
    }

    private PDRectangle box(int page) {
        return document.getPage(page).getMediaBox();
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }
}
