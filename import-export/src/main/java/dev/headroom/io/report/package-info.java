/**
 * The printable plan report: a PDF laid out for A4 or Letter with PDFBox, charts drawn as vectors by
 * JFreeChart through a PDF Graphics2D, an embedded font, written without a screen.
 */
package dev.headroom.io.report;
