package dev.headroom.io.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays text, tables and charts out on pages from top to bottom, starting a new page when one is full,
 * and numbers the pages at the end. Positions are in PDF points (1/72 inch).
 */
final class PageWriter {
    static final float MARGIN = 50;
    static final float BODY = 10;
    static final float SMALL = 8;
    private static final float LEADING = 1.35f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER_FILL = new Color(0xDC, 0xE9, 0xF5);

    private final PDDocument document;
    private final PDRectangle paper;
    private final ReportFonts.Choice font;
    private final String project;
    private final ReportWords words;
    private PDPageContentStream content;
    private float y;

    PageWriter(PDDocument document, PDRectangle paper, ReportFonts.Choice font, String project, ReportWords words) {
        this.words = words;
        this.document = document;
        this.paper = paper;
        this.font = font;
        this.project = project;
    }

    float width() {
        return paper.getWidth() - 2 * MARGIN;
    }

    /** Space left on the current page. */
    float room() {
        return content == null ? 0 : y - MARGIN - 20;
    }

    /** Starts a new page. */
    void newPage() {
        try {
            close();
            PDPage page = new PDPage(paper);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = paper.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void need(float height) {
        if (content == null || room() < height) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    /** Text at a size, wrapped to the page's width. */
    void paragraph(String text, float size) {
        paragraph(text, size, 0);
    }

    /** Text wrapped to the page's width, starting {@code indent} points in. */
    void paragraph(String text, float size, float indent) {
        for (String line : wrap(font.printable(text), size, width() - indent)) {
            need(size * LEADING);
            y -= size * LEADING;
            show(line, MARGIN + indent, y, size, Color.BLACK);
        }
    }

    void heading(String text, float size) {
        need(size * LEADING * 3);
        y -= size * 0.6f;
        paragraph(text, size);
        y -= size * 0.4f;
    }

    /** A bullet point: a dash, then the text wrapped beside it. */
    void bullet(String text) {
        need(BODY * LEADING);
        show("–", MARGIN + 6, y - BODY * LEADING, BODY, Color.BLACK);
        paragraph(text, BODY, 18);
    }

    /**
     * A table with a shaded header row, repeated at the top of each page it continues on.
     *
     * @param widths       relative column widths
     * @param rightAligned which columns hold numbers, aligned right
     */
    void table(List<String> headers, List<List<String>> rows, float[] widths, boolean[] rightAligned) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = widths[i] / total * width();
        }
        float rowHeight = SMALL * 1.8f;
        need(rowHeight * 3);
        tableRow(headers, columns, rightAligned, rowHeight, true);
        for (List<String> row : rows) {
            if (room() < rowHeight) {
                newPage();
                tableRow(headers, columns, rightAligned, rowHeight, true);
            }
            tableRow(row, columns, rightAligned, rowHeight, false);
        }
        y -= SMALL;
    }

    private void tableRow(List<String> cells, float[] columns, boolean[] right, float height, boolean header) {
        try {
            if (header) {
                content.setNonStrokingColor(HEADER_FILL);
                content.addRect(MARGIN, y - height, width(), height);
                content.fill();
            }
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                String text = fit(font.printable(i < cells.size() ? cells.get(i) : ""), SMALL, columns[i] - 6);
                float textX = right[i] ? x + columns[i] - 3 - textWidth(text, SMALL) : x + 3;
                show(text, textX, y - height + SMALL * 0.6f, SMALL, Color.BLACK);
                x += columns[i];
            }
            content.setStrokingColor(RULE);
            content.setLineWidth(header ? 0.8f : 0.25f);
            content.moveTo(MARGIN, y - height);
            content.lineTo(MARGIN + width(), y - height);
            content.stroke();
            y -= height;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws a chart as vector graphics, the full width of the page and {@code height} points high.
     * JFreeChart paints on a Graphics2D that writes PDF drawing operators, so lines stay sharp at any zoom.
     */
    void chart(JFreeChart chart, float height) {
        need(height + 6);
        float w = width();
        y -= height;
        try {
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, w, height);
            try {
                chart.draw(graphics, new Rectangle2D.Double(0, 0, w, height));
            } finally {
                graphics.dispose();
            }
            PDFormXObject form = graphics.getXFormObject();
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(MARGIN, y));
            content.drawForm(form);
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
    }

    /** Closes the last page and writes the page header and "Page x of y" on every page but the title page. */
    void finish(String title) {
        close();
        int pages = document.getNumberOfPages();
        for (int i = 1; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footer;
                show(fit(font.printable(project), SMALL, width() / 2), MARGIN, paper.getHeight() - MARGIN / 2, SMALL,
                        Color.DARK_GRAY);
                String right = font.printable(title);
                show(right, MARGIN + width() - textWidth(right, SMALL), paper.getHeight() - MARGIN / 2, SMALL,
                        Color.DARK_GRAY);
                String number = words.get("page", i + 1, pages);
                show(number, MARGIN + (width() - textWidth(number, SMALL)) / 2, MARGIN / 2, SMALL, Color.DARK_GRAY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        content = null;
    }

    private void close() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    private void show(String text, float x, float baseline, float size, Color colour) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setNonStrokingColor(colour);
            content.setFont(font.font(), size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String text, float size) {
        try {
            return font.font().getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut with an ellipsis to fit the width. */
    private String fit(String text, float size, float width) {
        if (textWidth(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && textWidth(cut + "...", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces, and between any two characters of
     * a word too long for a line (Chinese is written without spaces).
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                if (chinese(word)) {
                    // Chinese breaks between any two characters: fill the line rather than leave it short.
                    line.append(' ');
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (!line.isEmpty() && textWidth(line + ch, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean chinese(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
