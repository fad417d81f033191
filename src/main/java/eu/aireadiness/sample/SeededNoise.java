package eu.aireadiness.sample;

import java.util.Random;

/**
 * Deterministic variation for the derived sample figures.
 *
 * <p>Every draw gets its own generator seeded from a fixed number and the draw's key (edition, country, what), so a
 * figure does not change when another country or indicator is added. {@link Random} is used rather than
 * SplittableRandom because its algorithm is fixed by its specification, and {@link String#hashCode()} is specified
 * too: the same key gives the same number on every JVM. Never the clock.
 */
final class SeededNoise {

    private static final long SEED = 20251201L;

    private SeededNoise() {
    }

    /** A number in [low, high) that depends only on the key. */
    static double between(double low, double high, Object... key) {
        return low + (high - low) * random(key).nextDouble();
    }

    /** True with the given probability, depending only on the key. */
    static boolean chance(double probability, Object... key) {
        return random(key).nextDouble() < probability;
    }

    private static Random random(Object... key) {
        StringBuilder text = new StringBuilder();
        for (Object part : key) {
            text.append(part).append('|');
        }
        return new Random(mix(SEED ^ text.toString().hashCode()));
    }

    /** Spreads similar keys apart: the first draws of {@link Random} with nearby seeds are correlated. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
