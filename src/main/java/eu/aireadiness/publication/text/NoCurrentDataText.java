package eu.aireadiness.publication.text;

import java.util.List;
import java.util.OptionalDouble;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.NoCurrentData;
import eu.aireadiness.results.PublishedEdition;

/**
 * What the publications print for a country without current data (see {@link PublishedEdition#noCurrentData}):
 * the flag after its name wherever its rank or change appears, "not comparable" in place of a change, which would
 * compare the previous edition's values with themselves, the translated reason code, and the legend that names the
 * flagged countries with their reasons. One class, so that every page says it the same way.
 */
public final class NoCurrentDataText {

    private final PublishedEdition edition;
    private final PublicationTexts texts;

    public NoCurrentDataText(PublishedEdition edition, PublicationTexts texts) {
        this.edition = edition;
        this.texts = texts;
    }

    public boolean flagged(CountryResult result) {
        return !edition.hasCurrentData(result.country().code());
    }

    /** The flag, "*" in every language: short enough for a table cell, a map note and a sentence. */
    public String flag() {
        return texts.text("nocurrent.flag");
    }

    /** A country's name as given, followed by the flag when it has no current data. */
    public String name(CountryResult result, String name) {
        return flagged(result) ? name + " " + flag() : name;
    }

    /** The change as a number, or "not comparable" for a flagged country. */
    public String change(CountryResult result, OptionalDouble change, NumberText numbers) {
        return flagged(result) ? texts.text("nocurrent.change") : numbers.change(change);
    }

    /** The change as a number, or only the flag for a flagged country: for columns too narrow for words. */
    public String changeOrFlag(CountryResult result, OptionalDouble change, NumberText numbers) {
        return flagged(result) ? flag() : numbers.change(change);
    }

    /** The translated reason code of a flagged country, e.g. "submission rejected: values failed validation". */
    public String reason(CountryResult result) {
        return reason(edition.noCurrentData(result.country().code()).orElseThrow());
    }

    public String reason(NoCurrentData reason) {
        return texts.text("nocurrent.reason." + reason.name());
    }

    /** The flagged countries among these, in the order given. */
    public List<CountryResult> flaggedAmong(List<CountryResult> results) {
        return results.stream().filter(this::flagged).toList();
    }

    /**
     * The legend under a table or map that shows the flag: the flagged countries with their reasons, what their
     * figures are, and that their change is not shown; empty when every country has current data.
     */
    public String legend(String previousEdition) {
        List<CountryResult> flagged = flaggedAmong(edition.ranking());
        if (flagged.isEmpty()) {
            return "";
        }
        List<String> entries = flagged.stream().map(r -> texts.format("nocurrent.legend.entry",
                texts.countryName(r.country()), reason(r))).toList();
        return texts.format("nocurrent.legend", flag(), texts.and(entries), previousEdition);
    }
}
