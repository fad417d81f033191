package eu.aireadiness.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/** Puts test files where officers put them: in a country's folder. */
public final class Fixtures {

    /** The framework of the shipped input folder, read once. */
    private static final Framework SHIPPED = new InputFolder(Path.of("input")).load();

    private Fixtures() {
    }

    public static Path copy(String resource, Path root, String country, String fileName) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/intake/" + resource)) {
            if (in == null) {
                throw new IOException("no test resource /intake/" + resource);
            }
            return write(root, country, fileName, in.readAllBytes());
        }
    }

    /**
     * Writes the text as Slovakia's 2026 CSV file and validates it, read whole, against the shipped framework;
     * every valid observation goes to {@code valid}.
     */
    public static ValidationReport validateSlovakCsv(Path root, String csv, Consumer<Observation> valid)
            throws IOException {
        Path file = write(root, "SK", "AIRI_2026_SK.csv", csv.getBytes(StandardCharsets.UTF_8));
        SubmissionFile submission = new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH);
        return new SubmissionValidator(SHIPPED.codebook(), SHIPPED.countries(), SHIPPED.reference())
                .validate(submission, SubmissionReader.read(file), PreviousValues.none(), valid);
    }

    public static Path write(Path root, String country, String fileName, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(root.resolve(country));
        return Files.write(folder.resolve(fileName), bytes);
    }
}
