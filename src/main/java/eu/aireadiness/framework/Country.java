package eu.aireadiness.framework;

import java.util.Objects;

/** A participating country: its code as Eurostat writes it (EL for Greece), its English and own-language names. */
public record Country(String code, String englishName, String nativeName) {

    public Country {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a country code is two upper-case letters (EL for Greece), found '" + code + "'");
        }
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(nativeName, "nativeName");
    }
}
