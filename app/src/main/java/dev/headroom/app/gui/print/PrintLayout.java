package dev.headroom.app.gui.print;

import dev.headroom.io.report.PaperSize;

/**
 * The arithmetic of putting a report page on a printer's page: scale it to the printable area keeping its
 * proportions, and centre it; and which of the report's paper sizes a printer's paper is.
 */
public final class PrintLayout {
    private PrintLayout() {
    }

    /**
     * Where a page goes within the printable area, in points from the area's top left corner.
     *
     * @param scale  printed size over the page's own size
     * @param x      left edge
     * @param y      top edge
     * @param width  printed width
     * @param height printed height
     */
    public record Placement(double scale, double x, double y, double width, double height) {
    }

    /**
     * Scales a page of {@code pageWidth} × {@code pageHeight} points to fit the printable area as large as
     * it goes without cropping or stretching, centred.
     *
     * @throws IllegalArgumentException when a size is not positive
     */
    public static Placement fit(double pageWidth, double pageHeight, double printableWidth, double printableHeight) {
        if (!(pageWidth > 0 && pageHeight > 0 && printableWidth > 0 && printableHeight > 0)) {
            throw new IllegalArgumentException("sizes must be positive: page " + pageWidth + " x " + pageHeight
                    + ", printable area " + printableWidth + " x " + printableHeight);
        }
        double scale = Math.min(printableWidth / pageWidth, printableHeight / pageHeight);
        double width = pageWidth * scale;
        double height = pageHeight * scale;
        return new Placement(scale, (printableWidth - width) / 2, (printableHeight - height) / 2, width, height);
    }

    /**
     * The report's paper size nearest to a printer's paper of {@code width} × {@code height} points (either
     * way round), so that choosing Letter in the printer's page setup prints a Letter report.
     */
    public static PaperSize nearestPaper(double width, double height) {
        double shorter = Math.min(width, height);
        double longer = Math.max(width, height);
        PaperSize nearest = PaperSize.A4;
        double best = Double.MAX_VALUE;
        for (PaperSize paper : PaperSize.values()) {
            double w = paper.widthPoints();
            double h = paper.heightPoints();
            double distance = Math.hypot(Math.min(w, h) - shorter, Math.max(w, h) - longer);
            if (distance < best) {
                best = distance;
                nearest = paper;
            }
        }
        return nearest;
    }
}
