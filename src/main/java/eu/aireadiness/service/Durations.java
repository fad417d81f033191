package eu.aireadiness.service;

import java.time.Duration;

/** A duration as an operator reads it on the health page: "3 d 4 h", "2 h 5 min", "40 s". */
final class Durations {

    private Durations() {
    }

    static String words(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
