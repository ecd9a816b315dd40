package dev.headroom.app.gui.tour;

import dev.headroom.app.gui.workspace.Language;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What the screenshot tours share: running on the JavaFX thread and waiting for it, and writing a node as PNG. */
public final class TourSupport {

    /**
     * Makes the one language of every look ({@code WxH:theme:lang}; English when none names one) the default
     * locale, before any screen reads its words; one language per run, since each screen reads them once.
     */
    public static Language speak(String looks) {
        List<Language> languages = Arrays.stream(looks.split(",")).map(look -> look.trim().split(":"))
                .map(parts -> parts.length > 2 ? Language.ofTag(parts[2]) : Language.ENGLISH).distinct().toList();
        if (languages.size() > 1) {
            throw new IllegalArgumentException("one language per run, not " + languages + " in " + looks);
        }
        Locale.setDefault(languages.getFirst().locale());
        return languages.getFirst();
    }

    /** The end of a screenshot's file name for a look's language: {@code -zh}, or nothing for English. */
    public static String suffix(Language language) {
        return language == Language.ENGLISH ? "" : "-" + language.tag().substring(0, 2);
    }

    private TourSupport() {
    }

    /** Runs on the JavaFX thread and waits until it has run (a minute at most). */
    public static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            // Say what the JavaFX thread is doing (a modal dialog waiting for an answer, say), not only that it hangs.
            StringBuilder where = new StringBuilder();
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().contains("JavaFX") || thread.getName().contains("QuantumRenderer")) {
                    where.append("\n").append(thread.getName());
                    for (StackTraceElement e : stack) {
                        where.append("\n\tat ").append(e);
                    }
                }
            });
            throw new IllegalStateException("the window did not answer within 60 s; its thread:" + where);
        }
    }

    /**
     * Snapshots a node (on the JavaFX thread) and writes it as PNG, at the pixel scale of its window: on a
     * screen scaled to 200% ({@code -Dglass.gtk.uiScale=2}, the screens profile's {@code -Dscreens.scale=2}) the
     * image has twice the pixels each way, as the planner sees them, and its name ends {@code @2x}.
     */
    public static void png(Node node, Path file) throws InterruptedException {
        WritableImage[] image = new WritableImage[1];
        double[] scale = {1};
        onFx(() -> {
            scale[0] = node.getScene() == null || node.getScene().getWindow() == null ? 1
                    : node.getScene().getWindow().getOutputScaleX();
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(scale[0], scale[0]));
            image[0] = node.snapshot(parameters, null);
        });
        if (scale[0] != 1) {
            String name = file.getFileName().toString();
            file = file.resolveSibling(name.replaceFirst("\\.png$", "") + "@" + scaleName(scale[0]) + "x.png");
        }
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("wrote " + file);
    }

    /** How a scale is written in a file name: 2, 1.5. */
    private static String scaleName(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
