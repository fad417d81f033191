package eu.aireadiness.publication.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import eu.aireadiness.publication.SampleEdition;

/** The shapes resource as the map reads it, and the joins that the conversion script makes. */
class CountryShapesTest {

    static final Map<String, CountryShapes.Shape> SHAPES = CountryShapes.load();

    @Test
    void everyCountryOfTheIndexHasAShapeWithRingsOfAtLeastThreePoints() {
        List<String> codes = SampleEdition.build().ranking().stream().map(r -> r.country().code()).toList();
        assertThat(codes).hasSize(27).contains("EL", "CY", "MT", "LU");
        for (String code : codes) {
            assertThat(SHAPES).as(code).containsKey(code);
            assertThat(SHAPES.get(code).rings()).as(code).isNotEmpty()
                    .allSatisfy(ring -> assertThat(ring.length).isGreaterThanOrEqualTo(6).isEven());
        }
    }

    @Test
    void theNeighboursAreThereForOrientation() {
        assertThat(SHAPES).containsKeys("UK", "NO", "CH", "IS", "RS", "BA", "ME", "MK", "AL", "XK", "UA", "BY", "MD",
                "TR", "RU", "MA", "DZ", "TN", "LY");
        assertThat(SHAPES).doesNotContainKey("GR");
    }

    @Test
    void theWholeIslandOfCyprusIsCyprusAndNothingFarAwayIsKept() {
        assertThat(contains("CY", 33.36, 35.17)).as("Nicosia").isTrue();
        assertThat(contains("CY", 34.3, 35.55)).as("the Karpas peninsula, in the north").isTrue();
        assertThat(contains("FI", 19.95, 60.15)).as("Åland").isTrue();
        assertThat(contains("UA", 34.1, 44.95)).as("Crimea").isTrue();
        assertThat(contains("RU", 34.1, 44.95)).isFalse();
        assertThat(contains("MT", 14.45, 35.9)).as("Malta").isTrue();
        assertThat(contains("FR", -53, 4)).as("French Guiana is out of the frame").isFalse();
        assertThat(contains("ES", -15.5, 28)).as("the Canary Islands are out of the frame").isFalse();
    }

    @Test
    void theResourceStaysSmall() throws IOException, URISyntaxException {
        Path file = Path.of(CountryShapes.class.getResource(CountryShapes.RESOURCE).toURI());
        assertThat(Files.size(file)).isLessThan(300_000);
    }

    /** Whether the country's shape, filled even-odd in longitude and latitude, covers the point. */
    private static boolean contains(String code, double longitude, double latitude) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : SHAPES.get(code).rings()) {
            path.moveTo(ring[0], ring[1]);
            for (int i = 2; i < ring.length; i += 2) {
                path.lineTo(ring[i], ring[i + 1]);
            }
            path.closePath();
        }
        return path.contains(longitude, latitude);
    }
}
