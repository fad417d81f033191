package eu.aireadiness.publication.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.TranslatedText;

/**
 * Writes the DCAT-AP description of the edition as JSON-LD: one {@code dcat:Dataset} (title and data notice in every
 * language of {@code editions.csv}, issued on the publication date, the publisher of the branding, the DOI, the
 * contact, the licence) with a {@code dcat:Distribution} per file: title, access and download URL (the file's path,
 * resolved against where the catalogue is published), {@code dct:format} from the EU file-type vocabulary,
 * {@code dcat:mediaType}, {@code dcat:byteSize}, the SHA-256 as {@code spdx:checksum}, issued date and licence. The
 * licence is the SPDX identifier of {@code editions.csv} (column {@code licence}) as its SPDX licence page; an edition
 * that names none gets no licence statement rather than an invented one.
 */
public final class DcatWriter {

    public static final String FILE_NAME = "dcat-ap.jsonld";
    private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    private static final Map<String, String> FILE_TYPE_BY_FORMAT = Map.of("pdf", "PDF", "xlsx", "XLSX", "csv", "CSV",
            "json", "JSON", "jsonld", "JSON_LD", "xml", "XML", "html", "HTML", "zip", "ZIP", "txt", "TXT",
            "yml", "YAML");

    public void write(EditionInfo edition, String publisher, List<PublishedFile> files, Path file)
            throws IOException {
        JsonMapper json = JsonMapper.shared();
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("spdx", "http://spdx.org/rdf/terms#");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        String issued = edition.publicationDate().toString();
        root.put("@id", "#dataset");
        root.put("@type", "dcat:Dataset");
        texts(root.putArray("dct:title"), edition.titles());
        texts(root.putArray("dct:description"), edition.dataNotices());
        root.put("dct:identifier", edition.imprint().doi().isEmpty() ? "AIRI-" + edition.edition()
                : "https://doi.org/" + edition.imprint().doi());
        typed(root.putObject("dct:issued"), issued, "xsd:date");
        ObjectNode agent = root.putObject("dct:publisher");
        agent.put("@type", "foaf:Agent");
        agent.put("foaf:name", publisher);
        if (!edition.imprint().contact().isEmpty()) {
            ObjectNode contact = root.putObject("dcat:contactPoint");
            contact.put("@type", "vcard:Kind");
            contact.put("vcard:fn", publisher);
            contact.putObject("vcard:hasEmail").put("@id", "mailto:" + edition.imprint().contact());
        }
        licence(root, edition);
        ArrayNode distributions = root.putArray("dcat:distribution");
        for (PublishedFile published : files) {
            ObjectNode distribution = distributions.addObject();
            distribution.put("@type", "dcat:Distribution");
            distribution.put("dct:title", published.path());
            distribution.putObject("dcat:accessURL").put("@id", published.path());
            distribution.putObject("dcat:downloadURL").put("@id", published.path());
            String fileType = FILE_TYPE_BY_FORMAT.getOrDefault(published.format(), "BIN");
            distribution.putObject("dct:format").put("@id", FILE_TYPES + fileType);
            distribution.putObject("dcat:mediaType").put("@id", "https://www.iana.org/assignments/media-types/"
                    + published.mediaType().split(";")[0].strip());
            typed(distribution.putObject("dcat:byteSize"), Long.toString(published.bytes()),
                    "xsd:nonNegativeInteger");
            ObjectNode checksum = distribution.putObject("spdx:checksum");
            checksum.put("@type", "spdx:Checksum");
            checksum.putObject("spdx:algorithm").put("@id", "spdx:checksumAlgorithm_sha256");
            typed(checksum.putObject("spdx:checksumValue"), published.sha256(), "xsd:hexBinary");
            typed(distribution.putObject("dct:issued"), issued, "xsd:date");
            licence(distribution, edition);
        }
        Files.writeString(file, OpenDataJson.WRITER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** The licence's page in the SPDX licence list, which names every licence by its identifier. */
    public static String licenceUri(String spdxIdentifier) {
        return "https://spdx.org/licenses/" + spdxIdentifier + ".html";
    }

    private static void licence(ObjectNode node, EditionInfo edition) {
        if (!edition.imprint().licence().isEmpty()) {
            node.putObject("dct:license").put("@id", licenceUri(edition.imprint().licence()));
        }
    }

    /** English first, then the translations by language code: a map's own order differs from one run to the next. */
    private static void texts(ArrayNode array, TranslatedText text) {
        literal(array.addObject(), text.english(), "en");
        new TreeMap<>(text.translations()).forEach((language, translated) -> {
            if (!"en".equals(language)) {
                literal(array.addObject(), translated, language);
            }
        });
    }

    private static void literal(ObjectNode node, String text, String language) {
        node.put("@value", text);
        node.put("@language", language);
    }

    private static void typed(ObjectNode node, String text, String type) {
        node.put("@value", text);
        node.put("@type", type);
    }
}
