package dev.headroom.app.gui.data;

import dev.headroom.app.gui.access.Spoken;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

/**
 * A small line of recent values without axes, scaled to its own range, so that a trend or a step shows at a
 * glance. Gaps (NaN) are left out. Its colour comes from the theme (style class {@code sparkline}).
 */
final class Sparkline extends Pane {

    static final double WIDTH = 56;
    static final double HEIGHT = 20;

    private final Polyline line = new Polyline();

    Sparkline() {
        line.getStyleClass().add("sparkline");
        Spoken.SPARKLINE.on(this);
        getChildren().add(line);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
    }

    void show(double[] values) {
        line.getPoints().clear();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (values.length < 2 || min > max) {
            return;
        }
        double span = max - min;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            double x = 1 + i * (WIDTH - 2) / (values.length - 1);
            double y = span == 0 ? HEIGHT / 2 : HEIGHT - 2 - (values[i] - min) / span * (HEIGHT - 4);
            line.getPoints().addAll(x, y);
        }
    }
}
