package eu.aireadiness.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import eu.aireadiness.intake.FeedbackFiles;

/** A copy of the shipped input in a temporary folder, with the folders a child process is pointed at. */
record Workspace(Path root) {

    static Workspace create(String prefix) {
        try {
            Workspace workspace = new Workspace(Files.createTempDirectory(prefix));
            Path from = Path.of("input");
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path source : walk.filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString())).toList()) {
                    Path target = workspace.input().resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                        // Dropped a while ago: settled, so that every run, and its fingerprint, sees the same files.
                        Files.setLastModifiedTime(target, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
                    }
                }
            }
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

    /** The arguments of the intake command on this workspace, then the extra ones. */
    String[] intake(String... extra) {
        return command("intake", extra);
    }

    /** The arguments of the watch command on this workspace, then the extra ones. */
    String[] watch(String... extra) {
        return command("watch", extra);
    }

    /** The arguments of the serve command on this workspace, then the extra ones. */
    /** serve without an admin account: these tests look at the service, not at signing in (see UsersCommandTest). */
    String[] serve(String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--readiness.portal.admin-check=false"));
        arguments.addAll(List.of(extra));
        return command("serve", arguments.toArray(String[]::new));
    }

    private String[] command(String command, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(command, "--input", input().toString(), "--db",
                database().toString(), "--readiness.archive=" + root.resolve("archive"),
                "--readiness.output=" + root.resolve("output")));
        arguments.addAll(List.of(extra));
        return arguments.toArray(String[]::new);
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
}
