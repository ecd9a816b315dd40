package dev.headroom.app.gui.tour;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What the screenshot tours share: running on the JavaFX thread and waiting for it, and writing a node as PNG. */
public final class TourSupport {

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

    /** Snapshots a node (on the JavaFX thread) and writes it as PNG. */
    public static void png(Node node, Path file) throws InterruptedException {
        WritableImage[] image = new WritableImage[1];
        onFx(() -> image[0] = node.snapshot(null, null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("wrote " + file);
    }
}
