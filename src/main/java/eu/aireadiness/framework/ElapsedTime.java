package eu.aireadiness.framework;

import java.util.Locale;

/** How the console writes the time a stage took, the same for every command. */
public final class ElapsedTime {

    private ElapsedTime() {
    }

    /** "0.4 s", "12.3 s", "2 min 5 s". */
    public static String of(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return whole / 60 + " min " + whole % 60 + " s";
    }
}
