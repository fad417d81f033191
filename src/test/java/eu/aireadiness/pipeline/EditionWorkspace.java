package eu.aireadiness.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

import eu.aireadiness.intake.FeedbackFiles;

/**
 * A copy of the shipped input in a temporary folder, with the database, archive and output beside it, so that tests
 * work on real files without touching the repository's (the pipeline's tests and the portal's).
 */
public record EditionWorkspace(Path root) {

    public static EditionWorkspace create(String prefix) {
        try {
            EditionWorkspace workspace = new EditionWorkspace(Files.createTempDirectory(prefix));
            copyTree(Path.of("input"), workspace.input());
            Runtime.getRuntime().addShutdownHook(new Thread(workspace::delete));
            return workspace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path input() {
        return root.resolve("input");
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path database() {
        return root.resolve("db").resolve("readiness");
    }

    /** Points the application of a Spring test at this workspace: its database, input, archive and output. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> database().toString());
        registry.add("readiness.input", () -> input().toString());
        registry.add("readiness.archive", () -> archive().toString());
        registry.add("readiness.output", () -> output().toString());
    }

    public ReadinessProperties settings() {
        return new ReadinessProperties(input(), output(), Path.of("output-templates"), archive());
    }

    public ReadinessProperties settings(Path output) {
        return new ReadinessProperties(input(), output, Path.of("output-templates"), archive());
    }

    private void delete() {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not remove the test folder " + root + ": " + e.getMessage());
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            // Feedback a `make run` left in input/ is output, not part of the shipped input.
            for (Path source : walk.filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString())).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
