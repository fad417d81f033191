package eu.aireadiness.portal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editions published under the output folder, {@code <output>/<year>/}, each as its {@code manifest.json} lists
 * it. The manifest is the list of what may be downloaded: a request names a file by its manifest path, and nothing
 * else under the output folder is ever served.
 */
@Component
class Publications {

    static final String MANIFEST = "manifest.json";

    /** One file of an edition, as the manifest gives it. */
    record PublishedFile(String path, String mediaType, long bytes, String sha256) {
        /** The edition's index pages: index.html and index-{@literal <language>}.html. */
        public boolean index() {
            return path.matches("index(-[a-z]{2})?\\.html");
        }

        /** The zip of the whole edition (publication.EditionArchive): the one archive at the edition's top level. */
        public boolean archive() {
            return !path.contains("/") && path.endsWith(".zip");
        }
    }

    /** A published edition. */
    record Edition(int year, String title, String publicationDate, List<PublishedFile> files) {
        public Optional<PublishedFile> archive() {
            return files.stream().filter(PublishedFile::archive).findFirst();
        }

        public List<PublishedFile> indexes() {
            return files.stream().filter(PublishedFile::index).toList();
        }
    }

    private final PortalInput input;

    Publications(PortalInput input) {
        this.input = input;
    }

    /** Every edition with a manifest, newest first. */
    List<Edition> editions() throws IOException {
        Path output = input.output();
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        List<Edition> editions = new ArrayList<>();
        try (Stream<Path> folders = Files.list(output)) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().matches("\\d{4}")).toList()) {
                edition(Integer.parseInt(folder.getFileName().toString())).ifPresent(editions::add);
            }
        }
        editions.sort(Comparator.comparingInt(Edition::year).reversed());
        return editions;
    }

    Optional<Edition> edition(int year) throws IOException {
        Path manifest = folder(year).resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        JsonNode root = JsonMapper.shared().readTree(Files.readString(manifest));
        List<PublishedFile> files = new ArrayList<>();
        for (JsonNode file : root.path("files")) {
            files.add(new PublishedFile(file.path("path").asString(), file.path("mediaType").asString(),
                    file.path("bytes").asLong(), file.path("sha256").asString()));
        }
        return Optional.of(new Edition(year, root.path("title").asString(), root.path("publicationDate").asString(),
                files));
    }

    /**
     * The file of the edition at a path its manifest lists (or the manifest itself), resolved inside the edition's
     * folder and not through a link; empty for any other path, {@code ../} and absolute paths included.
     */
    Optional<Path> file(int year, String path) throws IOException {
        Optional<Edition> edition = edition(year);
        if (edition.isEmpty() || path == null) {
            return Optional.empty();
        }
        boolean listed = MANIFEST.equals(path) || edition.get().files().stream().anyMatch(f -> f.path().equals(path));
        Path folder = folder(year);
        Path file = folder.resolve(path).normalize();
        if (!listed || !file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(folder.toRealPath())) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private Path folder(int year) {
        return input.output().resolve(Integer.toString(year));
    }
}
