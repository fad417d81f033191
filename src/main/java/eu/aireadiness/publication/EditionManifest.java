package eu.aireadiness.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.publication.opendata.OpenDataJson;
import eu.aireadiness.publication.opendata.PublishedFile;

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
        for (PublishedFile file : PublishedFile.in(editionFolder, Set.of())) {
            ObjectNode entry = files.addObject();
            entry.put("path", file.path());
            entry.put("mediaType", file.mediaType());
            entry.put("bytes", file.bytes());
            entry.put("sha256", file.sha256());
        }
        Files.write(manifest, (OpenDataJson.WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
        return FILE_NAME;
    }

    /** Every regular file under the folder, as a path relative to it with '/' between names, in sorted order. */
    static List<String> relativePaths(Path folder) throws IOException {
        return PublishedFile.relativePaths(folder);
    }
}
