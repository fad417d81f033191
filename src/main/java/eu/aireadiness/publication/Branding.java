package eu.aireadiness.publication;

import java.awt.Color;
import java.nio.file.Path;

/**
 * The publisher's identity printed on every publication, read from {@code branding.properties}.
 *
 * @param publisher   the publishing body, printed on the cover and set as the author of the files
 * @param titlePrefix the short name of the index printed in footers and before the edition year (e.g. AIRI)
 */
record Branding(String publisher, String titlePrefix, Color primary, Color accent) {

    static Branding load(Path templatesDir) {
        TemplateFile file = TemplateFile.read(templatesDir.resolve("branding.properties"));
        return new Branding(file.required("publisher"), file.required("title.prefix"),
                colour(file, "colour.primary"), colour(file, "colour.accent"));
    }

    private static Color colour(TemplateFile file, String key) {
        String text = file.required(key);
        if (!text.matches("#[0-9A-Fa-f]{6}")) {
            throw new PublicationException(file.file() + ": key '" + key + "': expected a colour as #RRGGBB, found '"
                    + text + "'");
        }
        return new Color(Integer.parseInt(text.substring(1), 16));
    }

    /** The colour as the three bytes POI expects. */
    static byte[] rgb(Color colour) {
        return new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()};
    }
}
