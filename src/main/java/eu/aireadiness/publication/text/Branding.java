package eu.aireadiness.publication.text;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import eu.aireadiness.publication.PublicationException;

/**
 * The publisher's identity printed on every publication, read from {@code branding.properties}.
 *
 * @param publisher   the publishing body, printed on the cover and set as the author of the files
 * @param titlePrefix the short name of the index printed in footers and before the edition year (e.g. AIRI)
 * @param mapClasses  the colours of the map's score classes, lightest (lowest scores) first; their number is the
 *                    number of classes
 */
public record Branding(String publisher, String titlePrefix, Color primary, Color accent, List<Color> mapClasses) {

    public Branding {
        mapClasses = List.copyOf(mapClasses);
    }

    public static Branding load(Path templatesDir) {
        TemplateFile file = TemplateFile.read(templatesDir.resolve("branding.properties"));
        return new Branding(file.required("publisher"), file.required("title.prefix"),
                colour(file, "colour.primary"), colour(file, "colour.accent"), mapClasses(file));
    }

    private static List<Color> mapClasses(TemplateFile file) {
        String key = "colour.map.classes";
        List<Color> colours = Arrays.stream(file.required(key).split(",")).map(text -> colour(file, key, text.strip()))
                .toList();
        if (colours.size() < 3 || colours.size() > 9) {
            throw new PublicationException(file.file() + ": key '" + key + "': expected 3 to 9 colours separated by "
                    + "commas, lightest first, found " + colours.size());
        }
        return colours;
    }

    private static Color colour(TemplateFile file, String key) {
        return colour(file, key, file.required(key));
    }

    private static Color colour(TemplateFile file, String key, String text) {
        if (!text.matches("#[0-9A-Fa-f]{6}")) {
            throw new PublicationException(file.file() + ": key '" + key + "': expected a colour as #RRGGBB, found '"
                    + text + "'");
        }
        return new Color(Integer.parseInt(text.substring(1), 16));
    }

    /** The colour as the three bytes POI expects. */
    public static byte[] rgb(Color colour) {
        return new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()};
    }
}
