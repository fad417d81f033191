package eu.aireadiness.publication.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.aireadiness.publication.opendata.ResultsCube.Code;
import eu.aireadiness.publication.opendata.ResultsCube.Observation;

/**
 * Writes the results cube as a JSON-stat 2.0 dataset: the dimensions in the order of the SDMX structure
 * ({@code REF_AREA}, {@code INDICATOR}, {@code MEASURE}, {@code TIME_PERIOD}) with their codes and English labels, the
 * values in one array in row-major order (the last dimension varying fastest) with {@code null} where the cube has no
 * observation (a pillar has no rank interval, a missing indicator no score), and the flags as a sparse {@code status}
 * object keyed by the value's position. The flags' meanings are in {@code extension.status}, since JSON-stat has no
 * place of its own for them. {@code updated} is the edition's publication date, so the same edition gives the same
 * bytes.
 */
public final class JsonStatWriter {

    public void write(ResultsCube cube, String title, String source, LocalDate updated, List<String> notes, Path file)
            throws IOException {
        JsonMapper json = JsonMapper.shared();
        ObjectNode root = json.createObjectNode();
        root.put("version", "2.0");
        root.put("class", "dataset");
        root.put("label", title);
        root.put("source", source);
        root.put("updated", updated.toString());
        ArrayNode note = root.putArray("note");
        notes.forEach(note::add);
        List<String> ids = List.of("REF_AREA", "INDICATOR", "MEASURE", "TIME_PERIOD");
        List<List<Code>> dimensions = List.of(cube.areas(), cube.indicators(), cube.measures(),
                List.of(new Code(cube.timePeriod(), cube.timePeriod(), Optional.empty())));
        ArrayNode id = root.putArray("id");
        ids.forEach(id::add);
        ArrayNode size = root.putArray("size");
        dimensions.forEach(d -> size.add(d.size()));
        ObjectNode role = root.putObject("role");
        role.putArray("geo").add("REF_AREA");
        role.putArray("time").add("TIME_PERIOD");
        role.putArray("metric").add("MEASURE");
        ObjectNode dimension = root.putObject("dimension");
        List<String> labels = List.of("Reference area", "Index, pillar or indicator", "Measure", "Edition");
        for (int d = 0; d < ids.size(); d++) {
            ObjectNode entry = dimension.putObject(ids.get(d));
            entry.put("label", labels.get(d));
            ObjectNode category = entry.putObject("category");
            ObjectNode index = category.putObject("index");
            ObjectNode label = category.putObject("label");
            List<Code> codes = dimensions.get(d);
            for (int i = 0; i < codes.size(); i++) {
                index.put(codes.get(i).id(), i);
                label.put(codes.get(i).id(), codes.get(i).name());
            }
        }
        List<Map<String, Integer>> positions = dimensions.stream().map(JsonStatWriter::positions).toList();
        int cells = dimensions.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
        Observation[] byCell = new Observation[cells];
        for (Observation observation : cube.observations()) {
            // row-major over (area, indicator, measure, time); the time dimension has the one edition
            int cell = (positions.get(0).get(observation.area()) * cube.indicators().size()
                    + positions.get(1).get(observation.indicator())) * cube.measures().size()
                    + positions.get(2).get(observation.measure());
            byCell[cell] = observation;
        }
        ArrayNode value = root.putArray("value");
        ObjectNode status = json.createObjectNode();
        for (int cell = 0; cell < cells; cell++) {
            Observation observation = byCell[cell];
            if (observation == null || observation.value().isEmpty()) {
                value.addNull();
            } else {
                double number = observation.value().getAsDouble();
                if (OpenDataNumbers.isWhole(number)) {
                    value.add((long) number);
                } else {
                    value.add(number);
                }
            }
            if (observation != null && !observation.status().isEmpty()) {
                status.put(Integer.toString(cell), observation.status());
            }
        }
        root.set("status", status);
        ObjectNode legend = root.putObject("extension").putObject("status");
        for (ObservationStatus flag : ObservationStatus.values()) {
            legend.put(flag.code(), flag.description());
        }
        Files.writeString(file, OpenDataJson.WRITER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> positions(List<Code> codes) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            positions.put(codes.get(i).id(), i);
        }
        return positions;
    }
}
