package eu.aireadiness.publication.report;

import java.util.Map;
import java.util.Objects;

/**
 * A report as written, and the first page of each country's profile in it (by country code): each profile is laid out
 * once per language, in the report, and its own file is made of a copy of its pages.
 */
public record LaidOutReport(byte[] pdf, Map<String, Integer> profilePages) {

    public LaidOutReport {
        Objects.requireNonNull(pdf, "pdf");
        profilePages = Map.copyOf(profilePages);
    }

    /** The first page of the country's profile in the report. */
    public int firstPageOf(String countryCode) {
        Integer page = profilePages.get(countryCode);
        if (page == null) {
            throw new IllegalArgumentException("the report has no profile of " + countryCode);
        }
        return page;
    }
}
