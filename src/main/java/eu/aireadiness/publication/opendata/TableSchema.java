package eu.aireadiness.publication.opendata;

import java.util.List;

/**
 * The columns of a CSV file of the edition as a Frictionless table schema describes them: name, type
 * ({@code string}, {@code integer}, {@code number}, {@code year}) and what the column holds, and the columns that
 * together identify a row.
 */
public record TableSchema(List<Field> fields, List<String> primaryKey) {

    public record Field(String name, String type, String description) {
    }

    public TableSchema {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        List<String> names = fields.stream().map(Field::name).toList();
        if (!names.containsAll(primaryKey)) {
            throw new IllegalArgumentException("a primary key names columns of the table, found " + primaryKey
                    + " for columns " + names);
        }
    }

    /** The SDMX-CSV file's columns, {@link SdmxCsvWriter#HEADER}. */
    public static TableSchema sdmxCsv() {
        return new TableSchema(List.of(
                new Field("STRUCTURE", "string", "SDMX-CSV 2.0: the kind of structure, always 'dataflow'"),
                new Field("STRUCTURE_ID", "string", "the dataflow, AGENCY:ID(VERSION)"),
                new Field("ACTION", "string", "SDMX-CSV 2.0 action: I (information)"),
                new Field("REF_AREA", "string", "country code (codelist CL_AREA)"),
                new Field("INDICATOR", "string", "the index, a pillar or an indicator (codelist CL_AIRI_INDICATOR)"),
                new Field("MEASURE", "string", "SCORE, RANK, RANK_MEDIAN, RANK_P05 or RANK_P95 (CL_AIRI_MEASURE)"),
                new Field("TIME_PERIOD", "year", "the edition"),
                new Field("OBS_VALUE", "number", "the value at full precision; empty for a missing indicator"),
                new Field("OBS_STATUS", "string", "the flag (codelist CL_AIRI_OBS_STATUS); empty for a reported"
                        + " value")),
                List.of("REF_AREA", "INDICATOR", "MEASURE", "TIME_PERIOD"));
    }

    /** The open-data CSV's columns, {@link CsvScoresWriter#HEADER}. */
    public static TableSchema scoresCsv() {
        return new TableSchema(List.of(
                new Field("EDITION", "year", "the edition"),
                new Field("REF_AREA", "string", "country code"),
                new Field("CODE", "string", "the index, a pillar or an indicator"),
                new Field("LEVEL", "integer", "3 the index, 2 a pillar, 1 an indicator"),
                new Field("MEASURE", "string", "SCORE, RANK_MEDIAN, RANK_P05, RANK_P95, SUBMITTED, VALUE or TREATED"),
                new Field("OBS_VALUE", "number", "the value at full precision"),
                new Field("RANK", "integer", "the rank on SCORE rows"),
                new Field("FLAG", "string", "where the value comes from: ESTIMATED, PROVISIONAL, CARRIED_FORWARD,"
                        + " MISSING, REPORTED"),
                new Field("DATA_STATUS", "string", "official or illustrative"),
                new Field("UNIT_MEASURE", "string", "the unit of the value"),
                new Field("DATA_YEAR", "year", "the edition whose submission supplied the value"),
                new Field("SOURCE", "string", "the source the officer named"),
                new Field("SUBMISSION_FILE", "string", "the submission the value was read from"),
                new Field("SUBMISSION_VERSION", "integer", "its version"),
                new Field("NO_CURRENT_DATA", "string", "why a country has no current data, if it has none")),
                List.of("EDITION", "REF_AREA", "CODE", "MEASURE"));
    }
}
