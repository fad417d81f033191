package eu.aireadiness.publication;

/** The flag printed next to a value (empty for a reported value) and its legend. */
final class FlagText {

    private FlagText() {
    }

    static String flag(ValueOrigin origin, PublicationTexts texts) {
        return origin == ValueOrigin.REPORTED ? "" : texts.text("flag." + origin.name());
    }

    static String legend(ValueOrigin origin, PublicationTexts texts) {
        return texts.text("flag." + origin.name() + ".legend");
    }
}
