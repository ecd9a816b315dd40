package dev.headroom.installers;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Headroom's application icon, drawn with Java2D: rising capacity bars under a dashed limit line with room
 * above, on a blue tile. Written once as PNG (Linux), ICO (Windows) and ICNS (macOS); the files are committed
 * under {@code installers/src/jpackage/common}, and this class is how to redraw them:
 * {@code java -cp installers/target/classes dev.headroom.installers.IconArt installers/src/jpackage/common}.
 */
public final class IconArt {

    private IconArt() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        Files.write(dir.resolve("headroom.png"), png(draw(256)));
        Files.write(dir.resolve("headroom.ico"), ico(List.of(16, 32, 48, 256)));
        Files.write(dir.resolve("headroom.icns"), icns());
    }

    /** The icon at {@code size} x {@code size} pixels, drawn at that size rather than scaled. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            float s = size / 256f;
            g.setPaint(new GradientPaint(0, 0, new Color(0x2F6FDB), 0, size, new Color(0x173E8C)));
            g.fill(new RoundRectangle2D.Float(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
            // Capacity bars rising left to right, all below the limit: the plan keeps headroom.
            int[] heights = {70, 100, 125, 145};
            g.setColor(new Color(0xE8F0FF));
            for (int i = 0; i < heights.length; i++) {
                float x = (44 + i * 44) * s;
                g.fill(new RoundRectangle2D.Float(x, (212 - heights[i]) * s, 32 * s, heights[i] * s, 8 * s, 8 * s));
            }
            // The usable-capacity limit, dashed, with clear room between it and the tallest bar.
            g.setColor(new Color(0xFFC940));
            g.setStroke(new BasicStroke(Math.max(1.5f, 10 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {18 * s, 16 * s}, 0f));
            g.drawLine(Math.round(40 * s), Math.round(48 * s), Math.round(216 * s), Math.round(48 * s));
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon holding one PNG per size (PNG entries are valid ICO images since Windows Vista). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(draw(size)));
        }
        int offset = 6 + 16 * sizes.size();
        int total = offset + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            buf.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buf.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buf::put);
        return buf.array();
    }

    /** A macOS icon: PNG entries ic07 (128), ic08 (256), ic09 (512), big-endian lengths that include headers. */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09"};
        int[] sizes = {128, 256, 512};
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(draw(size)));
        }
        int total = 8 + images.stream().mapToInt(b -> 8 + b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buf.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
        for (int i = 0; i < types.length; i++) {
            buf.put(types[i].getBytes(StandardCharsets.US_ASCII)).putInt(8 + images.get(i).length).put(images.get(i));
        }
        return buf.array();
    }
}
