package dev.headroom.app.gui.access;

import java.util.List;
import java.util.Objects;

/**
 * The window's colours for data, chosen to stay distinguishable with every common kind of colour blindness
 * and in the light and the dark theme: chart series in the Okabe–Ito palette, the utilization heat map in
 * steps of cividis (dark blue to yellow, lightness rising with the value, so it reads even in grey).
 */
public final class Palette {

    /** Okabe–Ito's colours without its black (unreadable on the dark theme), in the order series take them. */
    public static final List<String> SERIES = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
            "#56B4E9", "#F0E442", "#999999");

    /** Four steps of cividis for the heat map's bands from room to spare to above the target. */
    public static final List<String> HEAT = List.of("#00224E", "#575C6D", "#A59C74", "#FEE838");

    private Palette() {
    }

    /**
     * The scene stylesheet that gives every chart the series palette (through AtlantaFX's chart colour
     * variables) and the figures reached by Tab their focus ring.
     */
    public static String stylesheet() {
        return Objects.requireNonNull(Palette.class.getResource("palette.css")).toExternalForm();
    }
}
