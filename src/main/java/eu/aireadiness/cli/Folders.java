package eu.aireadiness.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folders a command reads and writes, as Spring will bind them; empty when the configuration lies where they
 * cannot be known before it starts (then the run's own checks are the only ones).
 */
record Folders(Optional<Path> input, Optional<Path> output, Optional<Path> templates, Optional<Path> archive) {

    static Folders of(SettingSources sources, Verb verb) {
        boolean bySpring = verb.startsSpring();
        return new Folders(sources.path(Setting.INPUT, bySpring), sources.path(Setting.OUTPUT, bySpring),
                sources.path(Setting.TEMPLATES, bySpring), sources.path(Setting.ARCHIVE, bySpring));
    }
}
