package eu.aireadiness.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic input for {@code compute} in the COINr layout (iMeta.csv, iData.csv in the wide layout,
 * method.yml), for measuring how the engine grows with the number of units. The same arguments always give the same
 * bytes (one seeded generator, drawn in a fixed order).
 *
 * <p>The shape resembles a regional index: 40 indicators in 8 pillars of 5, two sub-indices and the index; units in
 * about sqrt(n) regions (the group that imputation fills missing values from); one unit in 33 of every indicator
 * missing; two indicators divided by population; a quarter of the indicators strongly skewed (log-normal) so that
 * outlier treatment has work, and one in seven pointing the wrong way (direction -1). Values follow a latent
 * quality of each unit, so that pillars correlate as real ones do.
 */
public final class SyntheticIndexInput {

    public static final int INDICATORS = 40;
    static final int PILLARS = 8;
    private static final long SEED = 20_261_203L;

    private SyntheticIndexInput() {
    }

    /** The three files of one input. */
    public record Input(Path meta, Path data, Path method) {
    }

    /**
     * @param replications the uncertainty analysis' replications; 0 writes a method without the analysis
     */
    public static Input write(Path dir, int units, int replications) {
        try {
            Files.createDirectories(dir);
            Input files = new Input(dir.resolve("iMeta.csv"), dir.resolve("iData.csv"), dir.resolve("method.yml"));
            writeMeta(files.meta());
            writeData(files.data(), units);
            Files.writeString(files.method(), method(replications), StandardCharsets.UTF_8);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic input into " + dir, e);
        }
    }

    static String indicator(int i) {
        return String.format(Locale.ROOT, "I%02d", i + 1);
    }

    private static void writeMeta(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("iCode,iName,Level,Parent,Direction,Weight,Type,Denominator\n");
            for (int i = 0; i < INDICATORS; i++) {
                int direction = i % 7 == 6 ? -1 : 1;
                String denominator = i < 2 ? "Population" : "";
                out.write(indicator(i) + ",Indicator " + (i + 1) + ",1,P" + (i / 5 + 1) + "," + direction + ",1,"
                        + "Indicator," + denominator + "\n");
            }
            for (int p = 0; p < PILLARS; p++) {
                out.write("P" + (p + 1) + ",Pillar " + (p + 1) + ",2," + (p < PILLARS / 2 ? "S1" : "S2")
                        + ",1,1,Aggregate,\n");
            }
            out.write("S1,Sub-index 1,3,Index,1,1,Aggregate,\n");
            out.write("S2,Sub-index 2,3,Index,1,1,Aggregate,\n");
            out.write("Index,Synthetic index,4,,1,1,Aggregate,\n");
            out.write("Region,Region,,,,,Group,\n");
            out.write("Population,Population,,,,,Denominator,\n");
        }
    }

    private static void writeData(Path file, int units) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + units);
        int regions = Math.max(1, (int) Math.round(Math.sqrt(units)));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder("uCode,uName,Region,Time,Population");
            for (int i = 0; i < INDICATORS; i++) {
                line.append(',').append(indicator(i));
            }
            out.write(line.append('\n').toString());
            for (int u = 0; u < units; u++) {
                double quality = gaussian(random);
                line.setLength(0);
                line.append(String.format(Locale.ROOT, "U%07d,Unit %d,R%04d,2026,", u + 1, u + 1,
                        1 + random.nextInt(regions)));
                line.append(rounded(Math.exp(4 + 1.5 * gaussian(random))));
                for (int i = 0; i < INDICATORS; i++) {
                    double signal = 0.6 * quality * (i % 7 == 6 ? -1 : 1) + 0.8 * gaussian(random);
                    boolean missing = random.nextInt(33) == 0;
                    double value = i % 4 == 0 ? Math.exp(1.2 * signal) : 50 + 10 * signal;
                    line.append(',');
                    if (!missing) {
                        line.append(rounded(value));
                    }
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    private static String method(int replications) {
        String nominal = """
                # Synthetic input of the scaling benchmark (SyntheticIndexInput); configuration A's steps.
                denominate: {method: by_meta}
                impute: {method: group_mean, group: Region}
                screen: {unit_threshold: 0.8, by: NA}
                treat: {method: winsorise, winmax: 5, skew: 2.0, kurt: 3.5, fallback: log}
                normalise: {method: minmax, range: [0, 100]}
                aggregate: {method: {2: arithmetic, 3: arithmetic, 4: arithmetic}}
                weights: {}
                """;
        if (replications == 0) {
            return nominal;
        }
        // Alternatives that keep every score above zero, so that the geometric mean is defined at any size.
        return nominal + "uncertainty:\n"
                + "  replications: " + replications + "\n"
                + "  seed: " + SEED + "\n"
                + "  weights: {levels: [2, 3], noise: 0.25, sets: 100}\n"
                + "  normalise: [{method: minmax, range: [1, 100]}, {method: rank}]\n"
                + "  aggregate: [arithmetic, geometric]\n"
                + "  winmax: [1, 3, 5]\n";
    }

    /** Four decimals: the size of a real data file, and a text that reads back to the same double. */
    private static String rounded(double x) {
        return Double.toString(Math.round(x * 1e4) / 1e4);
    }

    /** A standard normal draw (Box-Muller), from the one seeded generator. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble(); // in (0, 1]: the logarithm is defined
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
