package eu.aireadiness.publication.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.publication.opendata.ResultsCube.Code;

/**
 * Writes the structure of the results cube as an SDMX-ML 2.1 structure message: the dataflow, the codelists of its
 * dimensions and flags ({@code CL_AREA}, {@code CL_AIRI_INDICATOR} with each pillar's and indicator's parent,
 * {@code CL_AIRI_MEASURE}, {@code CL_AIRI_OBS_STATUS}), the concepts, and the data structure that ties them to the
 * SDMX-CSV file's columns. SDMX-ML 2.1 is the form every SDMX registry and dissemination tool of the statistical
 * offices loads (Eurostat's and the ECB's registries, the .Stat Suite, the Fusion Metadata Registry); a data manager
 * imports this one file and can then load the SDMX-CSV against it. The header's only date is the edition's
 * publication date, so the same edition gives the same bytes.
 */
public final class SdmxStructureWriter {

    private static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private static final String STRUCTURE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    private static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String CONCEPT_SCHEME = "CS_AIRI_RESULTS";
    static final String AREA_CODELIST = "CL_AREA";
    static final String INDICATOR_CODELIST = "CL_AIRI_INDICATOR";
    static final String MEASURE_CODELIST = "CL_AIRI_MEASURE";
    static final String STATUS_CODELIST = "CL_AIRI_OBS_STATUS";

    private final StringBuilder xml = new StringBuilder();
    private String agency = "";
    private String version = "";

    /**
     * @param title    the dataflow's and the structure's name, the same in every edition: the structures keep
     *                 their version from one edition to the next
     * @param prepared the date of the message's header, the edition's publication date
     */
    public void write(ResultsCube cube, String title, LocalDate prepared, Path file) throws IOException {
        xml.setLength(0);
        agency = cube.dataflow().agency();
        version = cube.dataflow().version();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<mes:Structure xmlns:mes=\"").append(MESSAGE).append("\" xmlns:str=\"").append(STRUCTURE)
                .append("\" xmlns:com=\"").append(COMMON).append("\">\n");
        line(1, "<mes:Header>");
        line(2, "<mes:ID>" + escape(cube.dataflow().id() + "_" + cube.timePeriod()) + "</mes:ID>");
        line(2, "<mes:Test>false</mes:Test>");
        line(2, "<mes:Prepared>" + prepared + "T00:00:00</mes:Prepared>");
        line(2, "<mes:Sender id=\"" + escape(agency) + "\"/>");
        line(1, "</mes:Header>");
        line(1, "<mes:Structures>");
        line(2, "<str:Dataflows>");
        line(3, "<str:Dataflow " + maintainable(cube.dataflow().id()) + ">");
        name(4, title);
        line(4, "<str:Structure>");
        line(5, "<Ref " + maintainable(cube.structureId()) + " class=\"DataStructure\" package=\"datastructure\"/>");
        line(4, "</str:Structure>");
        line(3, "</str:Dataflow>");
        line(2, "</str:Dataflows>");
        line(2, "<str:Codelists>");
        codelist(AREA_CODELIST, "Reference areas (countries)", cube.areas());
        codelist(INDICATOR_CODELIST, "The index, its pillars and indicators", cube.indicators());
        codelist(MEASURE_CODELIST, "Measures of the results", cube.measures());
        codelist(STATUS_CODELIST, "Observation status (flags)", List.of(ObservationStatus.values()).stream()
                .map(s -> new Code(s.code(), s.description(), Optional.empty())).toList());
        line(2, "</str:Codelists>");
        line(2, "<str:Concepts>");
        line(3, "<str:ConceptScheme " + maintainable(CONCEPT_SCHEME) + ">");
        name(4, "Concepts of the results");
        concept("REF_AREA", "Reference area");
        concept("INDICATOR", "Index, pillar or indicator");
        concept("MEASURE", "Measure");
        concept("TIME_PERIOD", "Edition");
        concept("OBS_VALUE", "Observation value");
        concept("OBS_STATUS", "Observation status");
        line(3, "</str:ConceptScheme>");
        line(2, "</str:Concepts>");
        line(2, "<str:DataStructures>");
        line(3, "<str:DataStructure " + maintainable(cube.structureId()) + ">");
        name(4, title);
        line(4, "<str:DataStructureComponents>");
        line(5, "<str:DimensionList id=\"DimensionDescriptor\">");
        dimension("REF_AREA", 1, AREA_CODELIST);
        dimension("INDICATOR", 2, INDICATOR_CODELIST);
        dimension("MEASURE", 3, MEASURE_CODELIST);
        line(6, "<str:TimeDimension id=\"TIME_PERIOD\" position=\"4\">");
        conceptIdentity(7, "TIME_PERIOD");
        line(7, "<str:LocalRepresentation>");
        line(8, "<str:TextFormat textType=\"ObservationalTimePeriod\"/>");
        line(7, "</str:LocalRepresentation>");
        line(6, "</str:TimeDimension>");
        line(5, "</str:DimensionList>");
        line(5, "<str:AttributeList id=\"AttributeDescriptor\">");
        line(6, "<str:Attribute id=\"OBS_STATUS\" assignmentStatus=\"Conditional\">");
        conceptIdentity(7, "OBS_STATUS");
        enumeration(7, STATUS_CODELIST);
        line(7, "<str:AttributeRelationship>");
        line(8, "<str:PrimaryMeasure><Ref id=\"OBS_VALUE\"/></str:PrimaryMeasure>");
        line(7, "</str:AttributeRelationship>");
        line(6, "</str:Attribute>");
        line(5, "</str:AttributeList>");
        line(5, "<str:MeasureList id=\"MeasureDescriptor\">");
        line(6, "<str:PrimaryMeasure id=\"OBS_VALUE\">");
        conceptIdentity(7, "OBS_VALUE");
        line(6, "</str:PrimaryMeasure>");
        line(5, "</str:MeasureList>");
        line(4, "</str:DataStructureComponents>");
        line(3, "</str:DataStructure>");
        line(2, "</str:DataStructures>");
        line(1, "</mes:Structures>");
        xml.append("</mes:Structure>\n");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    private void codelist(String id, String name, List<Code> codes) {
        line(3, "<str:Codelist " + maintainable(id) + ">");
        name(4, name);
        for (Code code : codes) {
            line(4, "<str:Code id=\"" + escape(code.id()) + "\">");
            name(5, code.name());
            if (code.parent().isPresent()) {
                line(5, "<str:Parent><Ref id=\"" + escape(code.parent().get()) + "\"/></str:Parent>");
            }
            line(4, "</str:Code>");
        }
        line(3, "</str:Codelist>");
    }

    private void concept(String id, String name) {
        line(4, "<str:Concept id=\"" + id + "\">");
        name(5, name);
        line(4, "</str:Concept>");
    }

    private void dimension(String id, int position, String codelist) {
        line(6, "<str:Dimension id=\"" + id + "\" position=\"" + position + "\">");
        conceptIdentity(7, id);
        enumeration(7, codelist);
        line(6, "</str:Dimension>");
    }

    private void conceptIdentity(int depth, String concept) {
        line(depth, "<str:ConceptIdentity>");
        line(depth + 1, "<Ref id=\"" + concept + "\" maintainableParentID=\"" + CONCEPT_SCHEME
                + "\" maintainableParentVersion=\"" + escape(version) + "\" agencyID=\"" + escape(agency)
                + "\" class=\"Concept\" package=\"conceptscheme\"/>");
        line(depth, "</str:ConceptIdentity>");
    }

    private void enumeration(int depth, String codelist) {
        line(depth, "<str:LocalRepresentation>");
        line(depth + 1, "<str:Enumeration>");
        line(depth + 2, "<Ref " + maintainable(codelist) + " class=\"Codelist\" package=\"codelist\"/>");
        line(depth + 1, "</str:Enumeration>");
        line(depth, "</str:LocalRepresentation>");
    }

    private String maintainable(String id) {
        return "id=\"" + escape(id) + "\" agencyID=\"" + escape(agency) + "\" version=\"" + escape(version) + "\"";
    }

    private void name(int depth, String text) {
        line(depth, "<com:Name xml:lang=\"en\">" + escape(text) + "</com:Name>");
    }

    private void line(int depth, String text) {
        xml.append("  ".repeat(depth)).append(text).append('\n');
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
