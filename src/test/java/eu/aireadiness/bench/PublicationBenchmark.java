package eu.aireadiness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import eu.aireadiness.publication.Publisher;

/**
 * Times {@link Publisher#publish} of the 2026 edition made from the shipped sample input ({@code input/} and
 * {@code output-templates/}, see {@link ShippedEdition}), with the intake status files, as the publish step calls it.
 * Warm: {@value #WARM_UPS} publications first, then the median and maximum of {@value #RUNS}. Target: the full report,
 * the 27 country profiles in three languages and the workbook together under 5 s, warm. Whatever the publisher
 * writes is timed, and counted in files and bytes by type.
 *
 * <p>The time by type is read from the files' modification times, so that the publisher need not be taken apart: the
 * publisher writes one file after the other, and a file is charged the time since the previous one was complete
 * (since the start, for the first). The file system's clock ticks every few milliseconds, so each share is that
 * coarse. "rest" is what follows the last file: moving the edition into place and removing the previous one.
 */
public final class PublicationBenchmark {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 10;
    private static final int YEAR = 2026;

    private PublicationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        ShippedEdition shipped = ShippedEdition.load(Path.of("input"), YEAR);
        Publisher publisher = new Publisher(Path.of("output-templates"));
        Path output = Files.createTempDirectory("publication-benchmark-");
        Path target = output.resolve(Integer.toString(YEAR));
        System.out.printf("machine: %d cores, Java %s; edition %d of the shipped sample input, %d countries ranked%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), YEAR,
                shipped.edition().ranking().size());
        for (int i = 0; i < WARM_UPS; i++) {
            publisher.publish(shipped.edition(), target);
        }
        double[] totals = new double[RUNS];
        Map<String, double[]> byType = new TreeMap<>();
        for (int run = 0; run < RUNS; run++) {
            long startMillis = System.currentTimeMillis();
            long start = System.nanoTime();
            publisher.publish(shipped.edition(), target);
            totals[run] = (System.nanoTime() - start) / 1e6;
            long previous = startMillis;
            for (Path file : filesInOrderOfWriting(target)) {
                long written = Files.getLastModifiedTime(file).toMillis();
                byType.computeIfAbsent(type(target, file), t -> new double[RUNS])[run] += Math.max(0, written - previous);
                previous = written;
            }
            byType.computeIfAbsent("rest", t -> new double[RUNS])[run] = Math.max(0, startMillis + totals[run] - previous);
        }
        List<Path> files = filesInOrderOfWriting(target);
        long bytes = 0;
        Map<String, long[]> sizes = new TreeMap<>();
        for (Path file : files) {
            long size = Files.size(file);
            bytes += size;
            long[] ofType = sizes.computeIfAbsent(type(target, file), t -> new long[2]);
            ofType[0]++;
            ofType[1] += size;
        }
        System.out.printf("one publication writes %d files, %,d bytes%n", files.size(), bytes);
        for (Map.Entry<String, double[]> type : byType.entrySet()) {
            long[] size = sizes.getOrDefault(type.getKey(), new long[2]);
            System.out.printf(Locale.ROOT, "  %-28s %3d files %,12d bytes   median %7.1f ms   max %7.1f ms%n",
                    type.getKey(), size[0], size[1], median(type.getValue()), max(type.getValue()));
        }
        System.out.printf(Locale.ROOT, "Publisher.publish, warm, %d runs after %d warm-ups: median %.1f ms, max %.1f ms"
                + " (target: under 5000 ms for the report, 27 profiles in 3 languages and the workbook)%n",
                RUNS, WARM_UPS, median(totals), max(totals));
        deleteTree(output);
    }

    /** The files of the edition's folder, oldest modification first (ties by path). */
    private static List<Path> filesInOrderOfWriting(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.add(file);
            }
        }
        files.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).thenComparing(Path::toString));
        return files;
    }

    /** The kind of file: its extension, and its subfolder (such as profiles/ or status/) if any. */
    private static String type(Path edition, Path file) {
        Path relative = edition.relativize(file);
        String name = relative.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (name.equals("manifest.json")) {
            return "manifest";
        }
        return relative.getNameCount() > 1 ? relative.getName(0) + "/*." + extension : "*." + extension;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
