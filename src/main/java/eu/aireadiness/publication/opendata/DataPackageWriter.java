package eu.aireadiness.publication.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.publication.opendata.TableSchema.Field;

/**
 * Writes the edition's {@code datapackage.json}, the Frictionless Data Package (v1) form of the manifest: every file
 * as a resource with its path, format, media type, size and SHA-256 ({@code hash} as {@code sha256:<hex>}), the CSV
 * files whose columns are known as tabular data resources with their table schema. It sits beside
 * {@code manifest.json} rather than replacing it: the index pages, the tests and whoever already mirrors editions
 * read the manifest, and the data package is what the Frictionless tools and data portals read.
 */
public final class DataPackageWriter {

    public static final String FILE_NAME = "datapackage.json";

    /**
     * @param files  the files to list, as {@link PublishedFile#in} found them
     * @param tables the schemas of the tabular files, by path
     */
    public void write(EditionInfo edition, List<PublishedFile> files, Map<String, TableSchema> tables, Path file)
            throws IOException {
        JsonMapper json = JsonMapper.shared();
        ObjectNode root = json.createObjectNode();
        root.put("profile", "data-package");
        root.put("name", "airi-" + edition.edition());
        root.put("title", edition.title());
        root.put("description", edition.dataNotice());
        root.put("version", Integer.toString(edition.edition()));
        root.put("created", edition.publicationDate() + "T00:00:00Z");
        if (!edition.imprint().doi().isEmpty()) {
            root.put("id", "https://doi.org/" + edition.imprint().doi());
        }
        if (!edition.imprint().licence().isEmpty()) {
            ObjectNode licence = root.putArray("licenses").addObject();
            licence.put("name", edition.imprint().licence());
            licence.put("path", DcatWriter.licenceUri(edition.imprint().licence()));
        }
        ArrayNode resources = root.putArray("resources");
        for (PublishedFile published : files) {
            ObjectNode resource = resources.addObject();
            resource.put("name", resourceName(published.path()));
            resource.put("path", published.path());
            TableSchema table = tables.get(published.path());
            resource.put("profile", table == null ? "data-resource" : "tabular-data-resource");
            if (!published.format().isEmpty()) {
                resource.put("format", published.format());
            }
            resource.put("mediatype", published.mediaType());
            if (isText(published)) {
                resource.put("encoding", "utf-8");
            }
            resource.put("bytes", published.bytes());
            resource.put("hash", "sha256:" + published.sha256());
            if (table != null) {
                ObjectNode schema = resource.putObject("schema");
                ArrayNode fields = schema.putArray("fields");
                for (Field field : table.fields()) {
                    ObjectNode entry = fields.addObject();
                    entry.put("name", field.name());
                    entry.put("type", field.type());
                    entry.put("description", field.description());
                }
                ArrayNode key = schema.putArray("primaryKey");
                table.primaryKey().forEach(key::add);
                schema.putArray("missingValues").add("");
            }
        }
        Files.writeString(file, OpenDataJson.WRITER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** A resource's name: its path in lower case, with what the specification does not allow turned into '-'. */
    static String resourceName(String path) {
        return path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    private static boolean isText(PublishedFile file) {
        return file.mediaType().startsWith("text/") || file.mediaType().contains("json")
                || file.mediaType().contains("xml") || file.mediaType().contains("csv");
    }
}
