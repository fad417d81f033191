package eu.aireadiness.publication.text;

import eu.aireadiness.results.ValueOrigin;

/** The flag printed next to a value (empty for a reported value) and its legend. */
public final class FlagText {

    private FlagText() {
    }

    public static String flag(ValueOrigin origin, PublicationTexts texts) {
        return origin == ValueOrigin.REPORTED ? "" : texts.text("flag." + origin.name());
    }

    public static String legend(ValueOrigin origin, PublicationTexts texts) {
        return texts.text("flag." + origin.name() + ".legend");
    }
}
