package eu.aireadiness.publication.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import eu.aireadiness.publication.PublicationException;

/**
 * The outlines of Europe's countries and their neighbours, read from {@code /maps/europe-countries.csv} (Natural
 * Earth 1:50m, public domain; see {@code maps/README.md} for its origin and how it was made). One row is one ring of
 * a country, {@code country,points} with points as "lon lat lon lat ..." in degrees; a country's rings are filled
 * with the even-odd rule, so that a ring inside another is a hole.
 */
final class CountryShapes {

    static final String RESOURCE = "/maps/europe-countries.csv";

    /** A country's rings, each as longitude, latitude, longitude, latitude, ... */
    record Shape(String country, List<double[]> rings) {
        Shape {
            rings = List.copyOf(rings);
        }
    }

    private CountryShapes() {
    }

    /**
     * The shapes by country code (Eurostat's: EL for Greece, UK, XK for Kosovo), in the file's order. Read once per
     * process: the resource is part of the build, and every report of every language draws the same map.
     */
    static Map<String, Shape> load() {
        return Loaded.SHAPES;
    }

    /** Holds the shapes, read when first asked for (the JVM makes that thread-safe). */
    private static final class Loaded {
        static final Map<String, Shape> SHAPES = Collections.unmodifiableMap(read());
    }

    private static Map<String, Shape> read() {
        Map<String, List<double[]>> rings = new LinkedHashMap<>();
        try (InputStream in = CountryShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PublicationException(RESOURCE + " is not on the classpath; it belongs in "
                        + "src/main/resources/maps/. Rebuild the application.");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            CSVParser parser = format.parse(reader);
            if (!parser.getHeaderNames().equals(List.of("country", "points"))) {
                throw new PublicationException(RESOURCE + ": expected the columns country,points, found "
                        + parser.getHeaderNames());
            }
            for (CSVRecord record : parser) {
                rings.computeIfAbsent(record.get("country"), code -> new ArrayList<>())
                        .add(ring(record.get("points"), record.getRecordNumber() + 1));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PublicationException(RESOURCE + " could not be read: " + e.getMessage(), e);
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        rings.forEach((country, list) -> shapes.put(country, new Shape(country, list)));
        return shapes;
    }

    private static double[] ring(String points, long line) {
        String[] numbers = points.strip().split(" ");
        if (numbers.length < 6 || numbers.length % 2 != 0) {
            throw new PublicationException(RESOURCE + ", line " + line + ": expected at least three points as "
                    + "'lon lat lon lat ...', found " + numbers.length + " numbers");
        }
        double[] ring = new double[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            try {
                ring[i] = Double.parseDouble(numbers[i]);
            } catch (NumberFormatException e) {
                throw new PublicationException(RESOURCE + ", line " + line + ": expected a number of degrees, found '"
                        + numbers[i] + "'", e);
            }
        }
        return ring;
    }

    /** The countries of {@code codes} that have no shape, for a clear error rather than a blank on the map. */
    static List<String> missing(Map<String, Shape> shapes, Set<String> codes) {
        return codes.stream().filter(code -> !shapes.containsKey(code)).sorted().toList();
    }
}
