package eu.aireadiness.framework;

import java.nio.file.Path;

/** A problem in an input file, located precisely enough for the person who maintains that file to fix it. */
public class InputFileException extends RuntimeException {

    private final Path file;
    private final long line;

    public InputFileException(Path file, long line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public InputFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}
