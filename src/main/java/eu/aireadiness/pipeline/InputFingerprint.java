package eu.aireadiness.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.intake.FeedbackFiles;

/**
 * A SHA-256 over the names and contents of every file in the given folders: what identifies a run of the annual
 * job. The same inputs give the same job instance (a finished one is not run again, a failed one resumes); any
 * changed, added or removed file gives a new one.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(Path... folders) {
        try {
            MessageDigest digest = Checksums.newDigest();
            for (Path folder : folders) {
                Path root = folder.toAbsolutePath().normalize();
                for (Path file : filesUnder(root)) {
                    digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Checksums.sha256(file).getBytes(StandardCharsets.US_ASCII));
                }
                digest.update((byte) 1);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs to fingerprint them: " + e.getMessage(), e);
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    // The feedback the intake writes next to officers' files is output: a rerun stays up to date.
                    .filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }
}
