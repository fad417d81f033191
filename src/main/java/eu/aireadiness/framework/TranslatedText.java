package eu.aireadiness.framework;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A text of the input tables in English and, where the table gives them, in other languages: the column
 * {@code <name>} holds the English text and a column {@code <name>_<language>} (ISO 639-1, for example
 * {@code data_notice_de}) the text in that language. A table without the column, or with the cell empty, gives the
 * English text for that language: older input files stay readable, and the publications' check for untranslated text
 * finds what is still to be translated.
 */
public record TranslatedText(String english, Map<String, String> translations) {

    public TranslatedText {
        Objects.requireNonNull(english, "english");
        TreeMap<String, String> kept = new TreeMap<>();
        translations.forEach((language, text) -> {
            if (!language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("a language is a two-letter ISO 639-1 code, found '" + language + "'");
            }
            if (!text.isBlank()) {
                kept.put(language, text);
            }
        });
        translations = Map.copyOf(kept);
    }

    /** A text given in English only. */
    public static TranslatedText english(String english) {
        return new TranslatedText(english, Map.of());
    }

    /** The text in the language, or the English text where the table gives none in that language. */
    public String in(String language) {
        return translations.getOrDefault(language, english);
    }

    public boolean isEmpty() {
        return english.isEmpty() && translations.isEmpty();
    }
}
