package eu.aireadiness;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a German or French publication may print exactly as the English one does, for the tests that fail when a
 * translated text equals its English counterpart: codes (CMP1, AT, OBS_VALUE, EUR_M), numbers, units and symbols
 * written alike in every language (%, EUR/kWh, MW, PFLOP/s, arrows), web addresses, proper names (of the index's
 * sources, of places), and the few words each language spells as English does ("Adoption" in French and German,
 * "ratio" and "score" in French). A text is invariant when every word left after removing codes, numbers and punctuation is in that list.
 */
public final class InvariantWords {

    /** Words written alike in English and in every language of the publications. */
    private static final Set<String> EVERY_LANGUAGE = Set.of("eurostat", "eurohpc", "top500", "mw", "pflop/s",
            "eur/kwh", "eur", "kwh", "natural", "earth", "airi", "pdf", "csv", "xlsx", "api", "ict", "ai", "epsg",
            "etrs89", "gii", "desi", "isbn", "doi", "cc", "by", "https", "http", "www", "europa", "eu", "rmax", "pue",
            "data.europa.eu", "egovernment", "benchmark", "nrg_ind_ren", "nrg_pc_205", "isoc_sk_dskl_i21",
            "isoc_sks_itspt", "educ_uoe_grad04", "isoc_ai_iaigen", "isoc_cicce_use", "isoc_eb_ai", "isoc_e_dii",
            "rd_e_gerdtot");

    /** Words a language spells as English does. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "de", Set.of("adoption", "aggregation", "code", "definition", "index", "status", "indikator", "score",
                    "max", "min", "median", "version", "name", "land", "interval"),
            "fr", Set.of("adoption", "ratio", "score", "code", "innovation", "max", "min", "total", "version", "source",
                    "sources", "note", "notes", "date", "rang", "indicateur", "pilier", "flag", "minimum", "maximum",
                    "simulation", "excel", "structure", "normalisation", "distance"));

    private InvariantWords() {
    }

    /** Whether a text of a publication in {@code language} may equal its English text. */
    public static boolean isInvariant(String text, String language) {
        return isInvariant(text, language, Set.of());
    }

    /**
     * Whether a text may equal its English text, given proper names of the publication (countries' names that a
     * language writes as English does, "Malta", "Portugal", their own names, the publisher's name), in lower case.
     */
    public static boolean isInvariant(String text, String language, Set<String> properNames) {
        List<String> words = Arrays.stream(text.split("[\\s\\u00A0\\u202F()\\[\\],;:·–—\"“”‘’']+"))
                .map(String::strip).filter(w -> !w.isEmpty())
                .filter(w -> !w.matches("[A-Z][A-Z0-9_]*|[A-Z][a-z]?[0-9]+|[-+−]?[0-9][0-9.,%/\\-–]*%?|[%+\\-−=<>≥≤/*#.…→•↑↓]+|//\\S+"))
                .map(w -> w.toLowerCase(java.util.Locale.ROOT).replaceAll("[.!?]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
        Set<String> same = SAME_AS_ENGLISH.getOrDefault(language, Set.of());
        return words.stream().allMatch(w -> EVERY_LANGUAGE.contains(w) || same.contains(w)
                || properNames.contains(w));
    }
}
