package eu.aireadiness.publication;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A second process for {@link PublisherLeftoversTest}, started as {@code java PublicationChild <mode> <path>}:
 * {@code killed-between-renames <edition folder>} publishes the sample edition and dies (halt, as kill -9: no
 * finally, no shutdown hook) between the two renames that replace the publication; {@code hold-lock <lock file>}
 * holds a staging folder's lock, as a live publication does, until its standard input is closed.
 */
final class PublicationChild {

    private PublicationChild() {
    }

    public static void main(String[] args) throws IOException {
        Path path = Path.of(args[1]);
        switch (args[0]) {
            case "killed-between-renames" -> {
                new Publisher(PublisherPdfTest.TEMPLATES, () -> Runtime.getRuntime().halt(9))
                        .publish(SampleEdition.build(), path, List.of(PublisherLeftoversTest.marker("killed")));
                Files.writeString(path.resolveSibling("child-finished"), "the publication was not stopped");
            }
            case "hold-lock" -> {
                try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                    channel.lock();
                    System.out.println("locked");
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // Holds the lock until the parent closes our input or ends us.
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
