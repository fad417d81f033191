package eu.aireadiness.framework;

/** A pillar (level 2 of the framework): a theme whose score is the weighted mean of its indicators. */
public record Pillar(String code, String name, double weight, String definition, TranslatedText definitionTexts) {

    /** A pillar whose definition is given in English only. */
    public Pillar(String code, String name, double weight, String definition) {
        this(code, name, weight, definition, TranslatedText.english(definition));
    }

    /** The definition in the language, English where the codebook gives none in it. */
    public String definition(String language) {
        return definitionTexts.translations().getOrDefault(language, definition);
    }

    public Pillar {
        java.util.Objects.requireNonNull(definitionTexts, "definitionTexts");
        Codes.requireCode(code);
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("pillar " + code + ": weight must be 0 or more, found " + weight);
        }
    }
}
