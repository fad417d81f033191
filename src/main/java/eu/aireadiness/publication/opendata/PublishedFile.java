package eu.aireadiness.publication.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import eu.aireadiness.framework.Checksums;

/**
 * A file of the edition's folder as its descriptions list it (the manifest, the data package, the DCAT-AP
 * catalogue): its path relative to the folder with '/' between names, media type, format, size and SHA-256.
 */
public record PublishedFile(String path, String mediaType, String format, long bytes, String sha256) {

    /** SDMX-CSV 2.0 data, by the media type of the SDMX REST specification. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv; version=2.0.0";
    /** An SDMX-ML 2.1 structure message. */
    public static final String SDMX_STRUCTURE = "application/vnd.sdmx.structure+xml; version=2.1";

    /** Every regular file under the folder but those named in {@code except}, in sorted order of their paths. */
    public static List<PublishedFile> in(Path folder, Set<String> except) throws IOException {
        List<PublishedFile> files = new ArrayList<>();
        try {
            for (String path : relativePaths(folder)) {
                if (!except.contains(path)) {
                    Path file = folder.resolve(path);
                    files.add(new PublishedFile(path, mediaType(path), format(path), Files.size(file),
                            Checksums.sha256(file)));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** Every regular file under the folder, as a path relative to it with '/' between names, in sorted order. */
    public static List<String> relativePaths(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .map(file -> StreamSupport.stream(folder.relativize(file).spliterator(), false)
                            .map(Path::toString).collect(Collectors.joining("/")))
                    .sorted().toList();
        }
    }

    /** The media type by the file's name; files of this project's text formats are all written in UTF-8. */
    public static String mediaType(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".sdmx.csv")) {
            return SDMX_CSV;
        }
        if (name.endsWith(".sdmx.xml")) {
            return SDMX_STRUCTURE;
        }
        return switch (format(path)) {
            case "pdf" -> "application/pdf";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "csv" -> "text/csv";
            case "html", "htm" -> "text/html";
            case "json" -> "application/json";
            case "jsonld" -> "application/ld+json";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain";
            case "yml", "yaml" -> "application/yaml"; // RFC 9512: the method file of the COINr export
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }

    /** The format as the data package names it: the file's extension in lower case; empty for a name without. */
    public static String format(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
