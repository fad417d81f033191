package eu.aireadiness.publication.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuropeProjectionTest {

    @Test
    void theCentreOfTheProjectionIsAtTheFalseOrigin() {
        Point2D.Double centre = EuropeProjection.project(10, 52);
        assertThat(centre.x).isCloseTo(4_321_000, within(1e-6));
        assertThat(centre.y).isCloseTo(3_210_000, within(1e-6));
    }

    /** The worked example of IOGP Guidance Note 7-2 for ETRS89 / LAEA Europe (method 9820): 50°N 5°E. */
    @Test
    void theGuidanceNoteExampleIsMatchedToTheCentimetre() {
        Point2D.Double point = EuropeProjection.project(5, 50);
        assertThat(point.x).isCloseTo(3_962_799.45, within(0.01));
        assertThat(point.y).isCloseTo(2_999_718.85, within(0.01));
    }

    @ParameterizedTest
    @CsvSource({"5, 35", "12, 52", "20, 60", "25, 71", "34, 35"})
    void pointsMirroredAcrossTheCentralMeridianAreMirroredOnTheMap(double offset, double latitude) {
        Point2D.Double east = EuropeProjection.project(10 + offset, latitude);
        Point2D.Double west = EuropeProjection.project(10 - offset, latitude);
        assertThat(east.x - 4_321_000).isCloseTo(4_321_000 - west.x, within(1e-6));
        assertThat(east.y).isCloseTo(west.y, within(1e-6));
        assertThat(east.x).isGreaterThan(4_321_000);
    }

    @Test
    void northIsUpAndOneDegreeOfLatitudeIsAbout111KilometresOnTheCentralMeridian() {
        Point2D.Double south = EuropeProjection.project(10, 51.5);
        Point2D.Double north = EuropeProjection.project(10, 52.5);
        assertThat(north.x).isCloseTo(south.x, within(1e-6));
        assertThat(north.y - south.y).isCloseTo(111_250, within(250.0));
    }
}
