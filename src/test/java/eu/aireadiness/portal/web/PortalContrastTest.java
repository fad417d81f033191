package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The portal's colours meet WCAG 2.1 AA: every pair of text and background the style sheet uses has a contrast
 * ratio of at least 4.5:1, and the focus ring at least 3:1 (non-text contrast) against what it surrounds. The
 * colours are read from the style sheet's variables; the ratio is WCAG's formula on relative luminance.
 */
class PortalContrastTest {

    private static final Map<String, String> COLOURS = colours();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "text, background", "muted-text, background", "link, background", "header-text, header-background",
            "header-background, header-text", "accepted-text, accepted-background",
            "rejected-text, rejected-background", "missing-text, missing-background",
            "button-text, button-background", "focus-text, focus-background", "text, table-head-background",
            "link, table-head-background", "text, accepted-background", "text, rejected-background",
            "link, accepted-background", "link, rejected-background", "link, missing-background",
    })
    void textMeetsAa(String text, String background) {
        assertThat(ratio(COLOURS.get(text), COLOURS.get(background))).as(text + " on " + background)
                .isGreaterThanOrEqualTo(4.5);
    }

    @ParameterizedTest(name = "focus {0} against {1}")
    @CsvSource({"focus-text, background", "focus-background, header-background", "border, background"})
    void focusAndBordersMeetNonTextContrast(String ring, String background) {
        assertThat(ratio(COLOURS.get(ring), COLOURS.get(background))).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theFormulaGivesWcagsKnownValues() {
        assertThat(ratio("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratio("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        assertThat(hex).matches("#[0-9a-fA-F]{6}");
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static Map<String, String> colours() {
        try {
            String css = Files.readString(Path.of("src/main/resources/static/css/portal.css"));
            Matcher root = Pattern.compile(":root\\s*\\{([^}]*)}").matcher(css);
            assertThat(root.find()).isTrue();
            Map<String, String> colours = new HashMap<>();
            Matcher variable = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(root.group(1));
            while (variable.find()) {
                colours.put(variable.group(1), variable.group(2));
            }
            return colours;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
