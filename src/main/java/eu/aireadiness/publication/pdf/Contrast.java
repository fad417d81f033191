package eu.aireadiness.publication.pdf;

import java.awt.Color;

/**
 * Contrast between two colours as WCAG 2.x defines it: the relative luminance of each sRGB colour (each channel
 * linearised, then weighted 0.2126 red, 0.7152 green, 0.0722 blue), and the ratio (lighter + 0.05) / (darker + 0.05),
 * from 1:1 (the same luminance) to 21:1 (black on white). AA asks 4.5:1 for text, 3:1 for large text (18 pt, or
 * 14 pt bold) and for the graphics a reader needs to tell apart.
 */
final class Contrast {

    /** WCAG AA for text below the large size. */
    static final double TEXT = 4.5;
    /** WCAG AA for large text and for graphical objects (success criterion 1.4.11). */
    static final double LARGE_TEXT_OR_GRAPHIC = 3.0;

    private Contrast() {
    }

    static double ratio(Color first, Color second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    /** WCAG's large text: at least 18 pt, or at least 14 pt in bold. */
    static boolean isLarge(float size, boolean bold) {
        return size >= 18 || bold && size >= 14;
    }

    /** The threshold a text of that size and weight must reach. */
    static double required(float size, boolean bold) {
        return isLarge(size, bold) ? LARGE_TEXT_OR_GRAPHIC : TEXT;
    }

    /** Black or white, whichever stands out more from {@code background}: for labels on fills of any lightness. */
    static Color blackOrWhiteOn(Color background) {
        return ratio(Color.BLACK, background) >= ratio(Color.WHITE, background) ? Color.BLACK : Color.WHITE;
    }

    /**
     * {@code colour} mixed with white in steps of 1/64 until it reaches {@code required} against {@code background}
     * (a dark background): a highlight colour that keeps its hue on a dark band. White itself when no mix does.
     */
    static Color lightenedUntil(Color colour, Color background, double required) {
        for (int step = 0; step <= 64; step++) {
            Color mixed = mix(colour, Color.WHITE, step / 64.0);
            if (ratio(mixed, background) >= required) {
                return mixed;
            }
        }
        return Color.WHITE;
    }

    private static Color mix(Color colour, Color with, double share) {
        return new Color(channel(colour.getRed(), with.getRed(), share),
                channel(colour.getGreen(), with.getGreen(), share), channel(colour.getBlue(), with.getBlue(), share));
    }

    private static int channel(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }

    /** An 8-bit sRGB channel made linear (IEC 61966-2-1, with the 0.04045 threshold of the sRGB standard). */
    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
