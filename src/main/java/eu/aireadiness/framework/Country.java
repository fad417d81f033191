package eu.aireadiness.framework;

import java.util.List;
import java.util.Objects;

/**
 * A participating country: its code as Eurostat writes it (EL for Greece), its English and own-language names, and
 * its official languages as ISO 639-1 codes (the languages the officers' template is offered in besides English).
 */
public record Country(String code, String englishName, String nativeName, List<String> officialLanguages) {

    public Country {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a country code is two upper-case letters (EL for Greece), found '" + code + "'");
        }
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(nativeName, "nativeName");
        officialLanguages = List.copyOf(officialLanguages);
        for (String language : officialLanguages) {
            if (!language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("country " + code + ": an official language is a two-letter ISO"
                        + " 639-1 code in lower case (de, fr), found '" + language + "'");
            }
        }
    }

    /** A country whose official languages are not given. */
    public Country(String code, String englishName, String nativeName) {
        this(code, englishName, nativeName, List.of());
    }
}
