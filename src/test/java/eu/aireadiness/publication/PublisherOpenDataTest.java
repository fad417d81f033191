package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.aireadiness.framework.DataflowId;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;
import eu.aireadiness.results.Results;

/**
 * The open data in the statisticians' formats, read back from a real publication of the sample edition: the SDMX-CSV
 * by a reader that follows SDMX-CSV 2.0 against the SDMX-ML structure published beside it, the JSON-stat and the data
 * package against JSON Schemas written from their specifications (checked with networknt's validator, which must
 * also refuse broken copies), the DCAT-AP catalogue against the files it describes. Every value is compared with the
 * edition's model, every size and checksum with the file.
 */
class PublisherOpenDataTest {

    private static final String STEM = "opendata/AIRI-2026-results";

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static Path folder;

    @BeforeAll
    static void publish() {
        edition = SampleEdition.build();
        folder = output.resolve("2026");
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, folder);
    }

    /** The expected cube, worked out from the model: (area, code, measure) → value, flag. */
    private static Map<String, Expected> expectedCube() {
        Map<String, Expected> cube = new LinkedHashMap<>();
        for (CountryResult result : edition.ranking()) {
            String area = result.country().code();
            boolean carried = area.equals(SampleEdition.REJECTED) || area.equals(SampleEdition.NOT_SUBMITTED);
            String aggregate = carried ? "h" : "";
            String index = edition.codebook().indexCode();
            cube.put(key(area, index, "SCORE"), new Expected(result.indexScore(), aggregate));
            cube.put(key(area, index, "RANK"), new Expected((double) result.rank(), aggregate));
            RankInterval interval = result.rankInterval().orElseThrow();
            cube.put(key(area, index, "RANK_MEDIAN"), new Expected(interval.median(), aggregate));
            cube.put(key(area, index, "RANK_P05"), new Expected(interval.low(), aggregate));
            cube.put(key(area, index, "RANK_P95"), new Expected(interval.high(), aggregate));
            for (Pillar pillar : edition.codebook().pillars()) {
                var score = Results.pillar(result, pillar.code());
                cube.put(key(area, pillar.code(), "SCORE"), new Expected(score.score(), aggregate));
                cube.put(key(area, pillar.code(), "RANK"), new Expected((double) score.rank(), aggregate));
            }
            for (Indicator indicator : edition.codebook().indicators()) {
                IndicatorResult value = Results.indicator(result, indicator.code());
                String flag = switch (value.origin()) {
                    case REPORTED -> "";
                    case ESTIMATED -> "e";
                    case PROVISIONAL -> "p";
                    case MISSING -> "m";
                    case CARRIED_FORWARD -> "h";
                };
                cube.put(key(area, indicator.code(), "SCORE"), new Expected(
                        value.score().isPresent() ? value.score().getAsDouble() : null, flag));
                cube.put(key(area, indicator.code(), "RANK"), new Expected(
                        value.rank().isPresent() ? (double) value.rank().getAsInt() : null, flag));
            }
        }
        return cube;
    }

    private record Expected(Double value, String flag) {
    }

    private static String key(String area, String code, String measure) {
        return area + "|" + code + "|" + measure;
    }

    // ---- SDMX-CSV 2.0 and its structure

    @Test
    void theSdmxCsvHoldsEveryScoreRankAndRankIntervalWithTheStructureItNames() throws Exception {
        Structure structure = Structure.read(folder.resolve(STEM + ".sdmx.xml"));
        assertThat(structure.dataflow()).isEqualTo("AIRI:DF_AIRI_RESULTS(1.0)");
        assertThat(structure.dimensions()).containsExactly("REF_AREA", "INDICATOR", "MEASURE", "TIME_PERIOD");

        List<CSVRecord> records;
        List<String> header;
        byte[] bytes = Files.readAllBytes(folder.resolve(STEM + ".sdmx.csv"));
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'S');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
        try (Reader reader = Files.newBufferedReader(folder.resolve(STEM + ".sdmx.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        // SDMX-CSV 2.0: STRUCTURE, STRUCTURE_ID, ACTION first, then the components of the structure it names
        List<String> expectedHeader = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        expectedHeader.addAll(structure.dimensions());
        expectedHeader.add(structure.primaryMeasure());
        expectedHeader.addAll(structure.attributes());
        assertThat(header).isEqualTo(expectedHeader);

        Map<String, Expected> expected = expectedCube();
        Map<String, CSVRecord> read = new LinkedHashMap<>();
        for (CSVRecord row : records) {
            assertThat(row.get("STRUCTURE")).isEqualTo("dataflow");
            assertThat(DataflowId.parse(row.get("STRUCTURE_ID"))).hasToString(structure.dataflow());
            assertThat(row.get("ACTION")).isEqualTo("I");
            assertThat(row.get("TIME_PERIOD")).isEqualTo("2026");
            for (String dimension : List.of("REF_AREA", "INDICATOR", "MEASURE")) {
                assertThat(structure.codes(dimension)).as(dimension).contains(row.get(dimension));
            }
            if (!row.get("OBS_STATUS").isEmpty()) {
                assertThat(structure.codes("OBS_STATUS")).contains(row.get("OBS_STATUS"));
            }
            String key = key(row.get("REF_AREA"), row.get("INDICATOR"), row.get("MEASURE"));
            assertThat(read.put(key, row)).as("one observation per key: " + key).isNull();
        }
        assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, want) -> {
            CSVRecord row = read.get(key);
            if (want.value() == null) {
                assertThat(row.get("OBS_VALUE")).as(key).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get("OBS_VALUE"))).as(key).isEqualTo(want.value());
            }
            assertThat(row.get("OBS_STATUS")).as(key).isEqualTo(want.flag());
        });
        // the cases the sample edition holds, spelled out: Germany's index, Cyprus's missing GOV3, Bulgaria held over
        CountryResult germany = result("DE");
        assertThat(read.get(key("DE", edition.codebook().indexCode(), "SCORE")).get("OBS_VALUE"))
                .isEqualTo(new java.math.BigDecimal(Double.toString(germany.indexScore())).toPlainString());
        assertThat(read.get(key("DE", edition.codebook().indexCode(), "RANK")).get("OBS_VALUE"))
                .isEqualTo(Integer.toString(germany.rank()));
        assertThat(read.get(key("CY", "GOV3", "SCORE")).get("OBS_STATUS")).isEqualTo("m");
        assertThat(read.get(key("BG", edition.codebook().indexCode(), "SCORE")).get("OBS_STATUS")).isEqualTo("h");
        assertThat(records).extracting(r -> r.get("OBS_STATUS")).contains("e", "p").doesNotContain("C", "c");
    }

    @Test
    void theStructureNamesEveryCountryCodeOfTheFrameworkAndEveryFlagWithParents() throws Exception {
        Structure structure = Structure.read(folder.resolve(STEM + ".sdmx.xml"));
        assertThat(structure.codes("REF_AREA")).containsExactlyElementsOf(edition.ranking().stream()
                .map(r -> r.country().code()).sorted().toList());
        List<String> codes = new ArrayList<>(List.of(edition.codebook().indexCode()));
        edition.codebook().pillars().forEach(p -> codes.add(p.code()));
        edition.codebook().indicators().forEach(i -> codes.add(i.code()));
        assertThat(structure.codes("INDICATOR")).containsExactlyElementsOf(codes);
        assertThat(structure.codes("MEASURE")).containsExactly("SCORE", "RANK", "RANK_MEDIAN", "RANK_P05",
                "RANK_P95");
        assertThat(structure.codes("OBS_STATUS")).containsExactly("e", "p", "m", "h");
        Indicator first = edition.codebook().indicators().get(0);
        assertThat(structure.parent("INDICATOR", first.code())).isEqualTo(first.pillar());
        assertThat(structure.parent("INDICATOR", first.pillar())).isEqualTo(edition.codebook().indexCode());
        assertThat(structure.name("REF_AREA", "DE")).isEqualTo("Germany");
        assertThat(structure.name("INDICATOR", first.code())).isEqualTo(first.name());
    }

    // ---- JSON-stat 2.0

    @Test
    void theJsonStatIsAValidDatasetOfTheSameCube() throws IOException {
        JsonNode dataset = JsonMapper.shared().readTree(folder.resolve(STEM + "-jsonstat.json"));
        assertThat(errors("jsonstat-2.0-dataset", dataset)).isEmpty();
        assertThat(dataset.get("label").asString()).isEqualTo("European AI Readiness Index 2026");
        assertThat(dataset.get("updated").asString()).isEqualTo("2026-12-01");
        List<String> ids = new ArrayList<>();
        dataset.get("id").forEach(id -> ids.add(id.asString()));
        assertThat(ids).containsExactly("REF_AREA", "INDICATOR", "MEASURE", "TIME_PERIOD");
        assertThat(dataset.get("dimension").propertyNames()).containsExactlyElementsOf(ids);
        int[] size = new int[ids.size()];
        List<Map<String, Integer>> index = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            size[d] = dataset.get("size").get(d).asInt();
            Map<String, Integer> positions = new HashMap<>();
            JsonNode category = dataset.get("dimension").get(ids.get(d)).get("category");
            category.get("index").properties().forEach(e -> positions.put(e.getKey(), e.getValue().asInt()));
            assertThat(positions).as(ids.get(d)).hasSize(size[d]);
            assertThat(new TreeSet<>(positions.values())).first().isEqualTo(0);
            assertThat(new TreeSet<>(positions.values())).last().isEqualTo(size[d] - 1);
            index.add(positions);
        }
        assertThat(dataset.get("value").size()).isEqualTo(size[0] * size[1] * size[2] * size[3]);
        assertThat(index.get(0)).containsOnlyKeys(edition.ranking().stream().map(r -> r.country().code()).toList());

        Map<String, Expected> expected = expectedCube();
        int present = 0;
        for (int cell = 0; cell < dataset.get("value").size(); cell++) {
            int rest = cell;
            String[] coordinates = new String[ids.size()];
            for (int d = ids.size() - 1; d >= 0; d--) {
                int position = rest % size[d];
                rest /= size[d];
                coordinates[d] = index.get(d).entrySet().stream().filter(e -> e.getValue() == position)
                        .findFirst().orElseThrow().getKey();
            }
            assertThat(coordinates[3]).isEqualTo("2026");
            String key = key(coordinates[0], coordinates[1], coordinates[2]);
            JsonNode value = dataset.get("value").get(cell);
            JsonNode status = dataset.get("status").get(Integer.toString(cell));
            Expected want = expected.get(key);
            if (want == null) {
                assertThat(value.isNull()).as(key + " is not in the cube").isTrue();
                assertThat(status).as(key).isNull();
                continue;
            }
            present++;
            if (want.value() == null) {
                assertThat(value.isNull()).as(key).isTrue();
            } else {
                assertThat(value.asDouble()).as(key).isEqualTo(want.value());
            }
            assertThat(status == null ? "" : status.asString()).as(key).isEqualTo(want.flag());
        }
        assertThat(present).isEqualTo(expected.size());
        assertThat(dataset.get("extension").get("status").propertyNames()).containsExactly("e", "p", "m", "h");
    }

    @Test
    void theJsonStatSchemaRefusesBrokenDatasets() throws IOException {
        JsonNode dataset = JsonMapper.shared().readTree(folder.resolve(STEM + "-jsonstat.json"));
        Map<String, Function<ObjectNode, ObjectNode>> breakages = new LinkedHashMap<>();
        breakages.put("no size", copy -> {
            copy.remove("size");
            return copy;
        });
        breakages.put("another class", copy -> copy.put("class", "collection"));
        breakages.put("version 1", copy -> copy.put("version", "1.0"));
        breakages.put("a value that is text", copy -> {
            ((ArrayNode) copy.get("value")).set(0, "12.5");
            return copy;
        });
        breakages.put("a category without index or label", copy -> {
            ObjectNode category = (ObjectNode) copy.get("dimension").get("MEASURE").get("category");
            category.remove("index");
            category.remove("label");
            return copy;
        });
        breakages.put("a size of zero", copy -> {
            ((ArrayNode) copy.get("size")).set(0, 0);
            return copy;
        });
        breakages.put("a status keyed by a name", copy -> {
            ((ObjectNode) copy.get("status")).put("DE", "e");
            return copy;
        });
        breakages.forEach((broken, change) -> assertThat(errors("jsonstat-2.0-dataset",
                change.apply(((ObjectNode) dataset).deepCopy()))).as(broken).isNotEmpty());
    }

    // ---- the data package

    @Test
    void theDataPackageListsEveryFileButItselfAndTheManifestWithSizeHashAndTableSchemas() throws IOException {
        JsonNode manifest = JsonMapper.shared().readTree(folder.resolve("manifest.json"));
        JsonNode dataPackage = JsonMapper.shared().readTree(folder.resolve("datapackage.json"));
        assertThat(errors("datapackage-v1", dataPackage)).isEmpty();
        assertThat(dataPackage.get("name").asString()).isEqualTo("airi-2026");
        assertThat(dataPackage.get("created").asString()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(dataPackage.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");

        List<String> manifestPaths = new ArrayList<>();
        manifest.get("files").forEach(f -> manifestPaths.add(f.get("path").asString()));
        assertThat(manifestPaths).contains("datapackage.json", "dcat-ap.jsonld", STEM + ".sdmx.csv",
                STEM + ".sdmx.xml", STEM + "-jsonstat.json");
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        dataPackage.get("resources").forEach(r -> resources.put(r.get("path").asString(), r));
        assertThat(resources.keySet()).containsExactlyElementsOf(manifestPaths.stream()
                .filter(p -> !p.equals("datapackage.json")).toList());
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> entry : resources.entrySet()) {
            byte[] bytes = Files.readAllBytes(folder.resolve(entry.getKey()));
            assertThat(entry.getValue().get("bytes").asLong()).as(entry.getKey()).isEqualTo(bytes.length);
            assertThat(entry.getValue().get("hash").asString()).as(entry.getKey()).isEqualTo("sha256:" + sha256(bytes));
            assertThat(names.add(entry.getValue().get("name").asString())).as("unique name").isTrue();
        }
        assertThat(resources.get(STEM + ".sdmx.csv").get("mediatype").asString())
                .isEqualTo("application/vnd.sdmx.data+csv; version=2.0.0");
        assertThat(resources.get("AIRI-2026-report-en.pdf").get("format").asString()).isEqualTo("pdf");
        assertThat(resources.get("AIRI-2026-report-en.pdf").has("encoding")).isFalse();
        // the tabular resources' schemas name the columns the CSV files have, in their order
        for (String csv : List.of(STEM + ".sdmx.csv", "AIRI-2026-scores.csv")) {
            JsonNode resource = resources.get(csv);
            assertThat(resource.get("profile").asString()).isEqualTo("tabular-data-resource");
            List<String> fields = new ArrayList<>();
            resource.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asString()));
            assertThat(fields).as(csv).isEqualTo(csvHeader(folder.resolve(csv)));
            conformsToItsSchema(folder.resolve(csv), resource.get("schema"));
        }
        assertThat(resources.values()).filteredOn(r -> r.get("profile").asString().equals("tabular-data-resource"))
                .hasSize(2);
    }

    @Test
    void theDataPackageSchemaRefusesBrokenPackages() throws IOException {
        JsonNode dataPackage = JsonMapper.shared().readTree(folder.resolve("datapackage.json"));
        Map<String, Function<ObjectNode, ObjectNode>> breakages = new LinkedHashMap<>();
        breakages.put("no resources", copy -> {
            copy.remove("resources");
            return copy;
        });
        breakages.put("a resource without a path", copy -> {
            ((ObjectNode) copy.get("resources").get(0)).remove("path");
            return copy;
        });
        breakages.put("an absolute path", copy -> {
            ((ObjectNode) copy.get("resources").get(0)).put("path", "/etc/passwd");
            return copy;
        });
        breakages.put("a path out of the package", copy -> {
            ((ObjectNode) copy.get("resources").get(0)).put("path", "../2025/AIRI-2025-scores.csv");
            return copy;
        });
        breakages.put("a name in capitals", copy -> {
            ((ObjectNode) copy.get("resources").get(0)).put("name", "AIRI-2026-report-de.pdf");
            return copy;
        });
        breakages.put("a hash that is not hexadecimal", copy -> {
            ((ObjectNode) copy.get("resources").get(0)).put("hash", "sha256:not-hex");
            return copy;
        });
        breakages.put("a negative size", copy -> {
            ((ObjectNode) copy.get("resources").get(0)).put("bytes", -1);
            return copy;
        });
        breakages.put("a tabular resource without schema", copy -> {
            for (JsonNode resource : copy.get("resources")) {
                ((ObjectNode) resource).remove("schema");
            }
            return copy;
        });
        breakages.put("a field of an unknown type", copy -> {
            for (JsonNode resource : copy.get("resources")) {
                if (resource.has("schema")) {
                    ((ObjectNode) resource.get("schema").get("fields").get(0)).put("type", "text");
                }
            }
            return copy;
        });
        breakages.forEach((broken, change) -> assertThat(errors("datapackage-v1",
                change.apply(((ObjectNode) dataPackage).deepCopy()))).as(broken).isNotEmpty());
    }

    // ---- DCAT-AP

    @Test
    void theDcatCatalogueDescribesEveryDistributionWithFormatSizeChecksumDateAndLicence() throws IOException {
        JsonNode dataset = JsonMapper.shared().readTree(folder.resolve("dcat-ap.jsonld"));
        assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(dataset.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(dataset.get("dct:title").get(0).get("@value").asString())
                .isEqualTo("European AI Readiness Index 2026");
        assertThat(dataset.get("dct:title")).extracting(t -> t.get("@language").asString())
                .containsExactly("en", "de", "fr");
        assertThat(dataset.get("dct:issued").get("@value").asString()).isEqualTo("2026-12-01");
        assertThat(dataset.get("dct:identifier").asString()).isEqualTo("https://doi.org/10.5555/airi.2026");
        assertThat(dataset.get("dct:license").get("@id").asString())
                .isEqualTo("https://spdx.org/licenses/CC-BY-4.0.html");
        assertThat(dataset.get("dct:publisher").get("foaf:name").asString())
                .isEqualTo("European AI Readiness Office");
        assertThat(dataset.get("dcat:contactPoint").get("vcard:hasEmail").get("@id").asString())
                .isEqualTo("mailto:airi@example.org");

        Map<String, JsonNode> distributions = new LinkedHashMap<>();
        dataset.get("dcat:distribution").forEach(d -> distributions.put(d.get("dcat:downloadURL").get("@id")
                .asString(), d));
        List<String> files = EditionManifest.relativePaths(folder).stream()
                .filter(p -> !Set.of("dcat-ap.jsonld", "datapackage.json", "manifest.json").contains(p)).toList();
        assertThat(distributions.keySet()).containsExactlyElementsOf(files);
        for (Map.Entry<String, JsonNode> entry : distributions.entrySet()) {
            JsonNode distribution = entry.getValue();
            byte[] bytes = Files.readAllBytes(folder.resolve(entry.getKey()));
            assertThat(distribution.get("@type").asString()).isEqualTo("dcat:Distribution");
            assertThat(distribution.get("dcat:byteSize").get("@value").asString()).as(entry.getKey())
                    .isEqualTo(Integer.toString(bytes.length));
            JsonNode checksum = distribution.get("spdx:checksum");
            assertThat(checksum.get("spdx:algorithm").get("@id").asString())
                    .isEqualTo("spdx:checksumAlgorithm_sha256");
            assertThat(checksum.get("spdx:checksumValue").get("@value").asString()).as(entry.getKey())
                    .isEqualTo(sha256(bytes));
            assertThat(distribution.get("dct:issued").get("@value").asString()).isEqualTo("2026-12-01");
            assertThat(distribution.get("dct:license").get("@id").asString()).endsWith("/CC-BY-4.0.html");
        }
        assertThat(distributions.get("AIRI-2026-results-en.xlsx").get("dct:format").get("@id").asString())
                .isEqualTo("http://publications.europa.eu/resource/authority/file-type/XLSX");
        assertThat(distributions.get(STEM + ".sdmx.csv").get("dcat:mediaType").get("@id").asString())
                .isEqualTo("https://www.iana.org/assignments/media-types/application/vnd.sdmx.data+csv");
    }

    // ---- helpers

    private static CountryResult result(String code) {
        return edition.ranking().stream().filter(r -> r.country().code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Error> errors(String schemaName, JsonNode document) {
        try (InputStream in = PublisherOpenDataTest.class.getResourceAsStream("/schemas/" + schemaName
                + ".schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            return schema.validate(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What a Frictionless validator checks of a table: every cell is of its field's type or a missing value, and no
     * two rows share the primary key.
     */
    private static void conformsToItsSchema(Path csv, JsonNode schema) throws IOException {
        Set<String> missing = new TreeSet<>();
        schema.get("missingValues").forEach(m -> missing.add(m.asString()));
        Map<String, String> types = new LinkedHashMap<>();
        schema.get("fields").forEach(f -> types.put(f.get("name").asString(), f.get("type").asString()));
        List<String> key = new ArrayList<>();
        schema.get("primaryKey").forEach(k -> key.add(k.asString()));
        Set<List<String>> keys = new java.util.HashSet<>();
        int rows = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
                rows++;
                for (Map.Entry<String, String> field : types.entrySet()) {
                    String cell = row.get(field.getKey());
                    String where = csv.getFileName() + " line " + parser.getCurrentLineNumber() + " " + field.getKey();
                    if (missing.contains(cell)) {
                        assertThat(key).as(where + ": a key is never missing").doesNotContain(field.getKey());
                        continue;
                    }
                    switch (field.getValue()) {
                        case "integer" -> assertThat(cell).as(where).matches("-?[0-9]+");
                        case "number" -> assertThat(cell).as(where).matches("-?[0-9]+(\\.[0-9]+)?");
                        case "year" -> assertThat(cell).as(where).matches("[0-9]{4}");
                        case "string" -> assertThat(cell).as(where).isNotNull();
                        default -> throw new AssertionError(where + ": a type this test does not know, "
                                + field.getValue());
                    }
                }
                assertThat(keys.add(key.stream().map(row::get).toList())).as("primary key of a row of " + csv)
                        .isTrue();
            }
        }
        assertThat(rows).isGreaterThan(27);
    }

    private static List<String> csvHeader(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            return parser.getHeaderNames();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a data manager's tool takes from the SDMX-ML 2.1 structure message: the dataflow, the data structure's
     * components in order, and the codes of each coded component with their names and parents.
     */
    private record Structure(String dataflow, List<String> dimensions, String primaryMeasure, List<String> attributes,
                             Map<String, Element> codelistOf) {

        private static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
        private static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

        static Structure read(Path file) throws ParserConfigurationException, SAXException, IOException {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            Element flow = (Element) document.getElementsByTagNameNS(STR, "Dataflow").item(0);
            String dataflow = flow.getAttribute("agencyID") + ":" + flow.getAttribute("id") + "("
                    + flow.getAttribute("version") + ")";
            Map<String, Element> codelists = new HashMap<>();
            NodeList lists = document.getElementsByTagNameNS(STR, "Codelist");
            for (int i = 0; i < lists.getLength(); i++) {
                Element list = (Element) lists.item(i);
                codelists.put(list.getAttribute("id"), list);
            }
            List<String> dimensions = new ArrayList<>();
            Map<String, Element> codelistOf = new HashMap<>();
            List<String> attributes = new ArrayList<>();
            for (String kind : List.of("Dimension", "TimeDimension", "Attribute")) {
                NodeList components = document.getElementsByTagNameNS(STR, kind);
                for (int i = 0; i < components.getLength(); i++) {
                    Element component = (Element) components.item(i);
                    String id = component.getAttribute("id");
                    (kind.equals("Attribute") ? attributes : dimensions).add(id);
                    NodeList enumeration = component.getElementsByTagNameNS(STR, "Enumeration");
                    if (enumeration.getLength() > 0) {
                        String codelist = ((Element) ((Element) enumeration.item(0))
                                .getElementsByTagName("Ref").item(0)).getAttribute("id");
                        codelistOf.put(id, codelists.get(codelist));
                    }
                }
            }
            Element measure = (Element) ((Element) document.getElementsByTagNameNS(STR, "MeasureList").item(0))
                    .getElementsByTagNameNS(STR, "PrimaryMeasure").item(0);
            return new Structure(dataflow, dimensions, measure.getAttribute("id"), attributes, codelistOf);
        }

        List<String> codes(String component) {
            List<String> codes = new ArrayList<>();
            NodeList list = codelistOf.get(component).getElementsByTagNameNS(STR, "Code");
            for (int i = 0; i < list.getLength(); i++) {
                codes.add(((Element) list.item(i)).getAttribute("id"));
            }
            return codes;
        }

        private Element code(String component, String id) {
            NodeList list = codelistOf.get(component).getElementsByTagNameNS(STR, "Code");
            for (int i = 0; i < list.getLength(); i++) {
                if (((Element) list.item(i)).getAttribute("id").equals(id)) {
                    return (Element) list.item(i);
                }
            }
            throw new AssertionError(id + " is not a code of " + component);
        }

        String name(String component, String id) {
            return code(component, id).getElementsByTagNameNS(COM, "Name").item(0).getTextContent();
        }

        String parent(String component, String id) {
            Element parent = (Element) code(component, id).getElementsByTagNameNS(STR, "Parent").item(0);
            return ((Element) parent.getElementsByTagName("Ref").item(0)).getAttribute("id");
        }
    }
}
