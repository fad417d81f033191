package eu.aireadiness.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

import eu.aireadiness.intake.FeedbackFiles;

/**
 * A copy of the shipped input in a temporary folder, with the database, archive and output beside it, so that the
 * portal's tests work on real files without touching the repository's (as the pipeline tests' EditionWorkspace).
 */
record PortalWorkspace(Path root) {

    static PortalWorkspace create(String prefix) {
        try {
            PortalWorkspace workspace = new PortalWorkspace(Files.createTempDirectory(prefix));
            copyTree(Path.of("input"), workspace.input());
            Runtime.getRuntime().addShutdownHook(new Thread(workspace::delete));
            return workspace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path input() {
        return root.resolve("input");
    }

    Path database() {
        return root.resolve("db").resolve("readiness");
    }

    Path output() {
        return root.resolve("output");
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> database().toString());
        registry.add("readiness.input", () -> input().toString());
        registry.add("readiness.archive", () -> root.resolve("archive").toString());
        registry.add("readiness.output", () -> output().toString());
    }

    private void delete() {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not remove the test folder " + root + ": " + e.getMessage());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
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
