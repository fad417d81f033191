package eu.aireadiness.framework;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDMX identifier of the dataflow an edition's submissions belong to, written as SDMX-CSV writes it in
 * {@code DATAFLOW} (1.0) and {@code STRUCTURE_ID} (2.0): {@code AGENCY:ID(VERSION)}, e.g. {@code AIRI:DF_AIRI(1.0)}.
 * The agency may be nested ({@code EC.AIRI}); SDMX identifiers are case-sensitive, so they are compared as written.
 */
public record DataflowId(String agency, String id, String version) {

    private static final String IDENTIFIER = "[A-Za-z][A-Za-z0-9_-]*";
    private static final Pattern FORM = Pattern.compile("(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*):(" + IDENTIFIER
            + ")\\(([0-9]+(?:\\.[0-9]+){0,2})\\)");

    /** The identifier written in a cell; an {@link IllegalArgumentException} saying the form when it is not one. */
    public static DataflowId parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a dataflow as AGENCY:ID(VERSION), e.g. AIRI:DF_AIRI(1.0),"
                    + " found '" + text.strip() + "'");
        }
        return new DataflowId(m.group(1), m.group(2), m.group(3));
    }

    @Override
    public String toString() {
        return agency + ":" + id + "(" + version + ")";
    }
}
