package eu.aireadiness.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.framework.EditionInfo;

/**
 * The edition's {@code manifest.json}: every file of the publication with its size, SHA-256 and media type, so that
 * whoever collects or mirrors the edition can check that nothing is missing or altered. It is written last, from
 * what the edition's folder holds, subfolders included, so it lists every file whoever made it; it does not list
 * itself. Paths are relative to the edition's folder, separated by {@code /} and sorted; the only date is the
 * edition's publication date, so the same files give the same manifest.
 */
final class EditionManifest {

    static final String FILE_NAME = "manifest.json";
    /** Raised when a field is removed or changes meaning; a field may be added without. */
    static final int FORMAT_VERSION = 1;

    private static final ObjectWriter JSON = JsonMapper.shared().writer().with(prettyPrinter());

    private EditionManifest() {
    }

    /** Writes the manifest of the files under {@code editionFolder} into it; returns its path there. */
    static String write(EditionInfo edition, Path editionFolder) throws IOException {
        Path manifest = editionFolder.resolve(FILE_NAME);
        if (Files.exists(manifest)) {
            throw new PublicationException(manifest + ": the edition's folder already has a " + FILE_NAME
                    + ", but that name is the publisher's own manifest; publish that file under another name");
        }
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("edition", edition.edition());
        root.put("title", edition.title());
        root.put("publicationDate", edition.publicationDate().toString());
        root.put("dataStatus", edition.dataStatus());
        ArrayNode files = root.putArray("files");
        try {
            for (String path : relativePaths(editionFolder)) {
                Path file = editionFolder.resolve(path);
                ObjectNode entry = files.addObject();
                entry.put("path", path);
                entry.put("mediaType", mediaType(path));
                entry.put("bytes", Files.size(file));
                entry.put("sha256", Checksums.sha256(file));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.write(manifest, (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
        return FILE_NAME;
    }

    /** Every regular file under the folder, as a path relative to it with '/' between names, in sorted order. */
    static List<String> relativePaths(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .map(file -> StreamSupport.stream(folder.relativize(file).spliterator(), false)
                            .map(Path::toString).collect(Collectors.joining("/")))
                    .sorted().toList();
        }
    }

    /** The media type by the file's extension; files of this project's text formats are all written in UTF-8. */
    static String mediaType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "csv" -> "text/csv";
            case "html", "htm" -> "text/html";
            case "json" -> "application/json";
            case "txt" -> "text/plain";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }

    /** Two spaces and '\n' on every platform, one array element per line, {@code "key": value}. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
