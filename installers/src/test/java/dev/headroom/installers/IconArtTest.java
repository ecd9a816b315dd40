package dev.headroom.installers;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IconArtTest {

    private static final Path COMMITTED = Path.of("src/jpackage/common");

    @Test
    void the_icon_is_an_opaque_tile_with_transparent_corners_and_a_drawing_on_it() {
        BufferedImage icon = IconArt.draw(256);
        assertThat(icon.getRGB(0, 0) >>> 24).isZero();
        assertThat(icon.getRGB(128, 128) >>> 24).isEqualTo(255);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 256; y += 4) {
            for (int x = 0; x < 256; x += 4) {
                colours.add(icon.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(20);
    }

    @Test
    void the_ico_holds_a_png_per_size_where_its_directory_says() throws IOException {
        List<Integer> sizes = List.of(16, 32, 256);
        ByteBuffer ico = ByteBuffer.wrap(IconArt.ico(sizes)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) 3);
        for (int i = 0; i < sizes.size(); i++) {
            int entry = 6 + 16 * i;
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            byte[] png = new byte[length];
            ico.get(offset, png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(sizes.get(i));
            assertThat(Byte.toUnsignedInt(ico.get(entry))).isEqualTo(sizes.get(i) % 256);
        }
    }

    @Test
    void the_icns_length_covers_its_entries() throws IOException {
        byte[] icns = IconArt.icns();
        ByteBuffer buf = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(buf.getInt(4)).isEqualTo(icns.length);
        int at = 8;
        int entries = 0;
        while (at < icns.length) {
            assertThat(new String(icns, at, 2, StandardCharsets.US_ASCII)).isEqualTo("ic");
            at += buf.getInt(at + 4);
            entries++;
        }
        assertThat(at).isEqualTo(icns.length);
        assertThat(entries).isEqualTo(3);
    }

    @Test
    void the_committed_icons_are_there_for_jpackage() throws IOException {
        BufferedImage png = ImageIO.read(COMMITTED.resolve("headroom.png").toFile());
        assertThat(png.getWidth()).isEqualTo(256);
        assertThat(png.getHeight()).isEqualTo(256);
        assertThat(Files.size(COMMITTED.resolve("headroom.ico"))).isGreaterThan(1000);
        assertThat(Files.size(COMMITTED.resolve("headroom.icns"))).isGreaterThan(1000);
    }
}
