package eu.aireadiness.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import eu.aireadiness.intake.FeedbackFiles;

/** The committed input folder and fresh copies of its hand-maintained files to generate into. */
final class SampleFolders {

    static final Path SHIPPED = Path.of("input");
    static final List<String> HAND_MAINTAINED = List.of("codebook.csv", "countries.csv", "editions.csv", "method.yml");

    private SampleFolders() {
    }

    /** Copies the hand-maintained files of the shipped input into {@code dir} and generates the sample there. */
    static Path generateInto(Path dir) throws IOException {
        for (String name : HAND_MAINTAINED) {
            Files.copy(SHIPPED.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        SampleInput.generate(dir);
        return dir;
    }

    /**
     * Every file under {@code dir}, as sorted paths relative to it with '/' separators; the feedback a run wrote
     * next to the officers' files is the pipeline's output, not part of the input.
     */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString()))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The submission files of a country folder, sorted by name. */
    static List<Path> submissions(Path dir, String country) throws IOException {
        Path folder = dir.resolve(country);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString())).sorted().toList();
        }
    }
}
