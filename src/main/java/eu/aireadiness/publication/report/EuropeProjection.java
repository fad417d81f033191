package eu.aireadiness.publication.report;

import java.awt.geom.Point2D;

/**
 * ETRS89 Lambert azimuthal equal-area (EPSG:3035), the projection of Eurostat's maps: centre 52°N 10°E, false
 * easting 4,321,000 m and false northing 3,210,000 m on the GRS80 ellipsoid. Equal-area, so that a country's colour
 * covers as much of the page as its territory does of Europe. The formulas are those of IOGP's Guidance Note 7-2
 * (method 9820), forward only: the map never needs the inverse.
 */
final class EuropeProjection {

    static final double FALSE_EASTING = 4_321_000;
    static final double FALSE_NORTHING = 3_210_000;

    private static final double A = 6_378_137.0;
    private static final double E = Math.sqrt(2 / 298.257222101 - 1 / (298.257222101 * 298.257222101));
    private static final double LATITUDE_0 = Math.toRadians(52);
    private static final double LONGITUDE_0 = Math.toRadians(10);

    private static final double Q_POLE = q(Math.PI / 2);
    private static final double BETA_0 = Math.asin(q(LATITUDE_0) / Q_POLE);
    private static final double R_Q = A * Math.sqrt(Q_POLE / 2);
    private static final double D = A * Math.cos(LATITUDE_0)
            / Math.sqrt(1 - E * E * Math.sin(LATITUDE_0) * Math.sin(LATITUDE_0)) / (R_Q * Math.cos(BETA_0));

    private EuropeProjection() {
    }

    /** Easting (x) and northing (y) in metres of a point given in degrees. */
    static Point2D.Double project(double longitude, double latitude) {
        double beta = Math.asin(q(Math.toRadians(latitude)) / Q_POLE);
        double lambda = Math.toRadians(longitude) - LONGITUDE_0;
        double b = R_Q * Math.sqrt(2 / (1 + Math.sin(BETA_0) * Math.sin(beta)
                + Math.cos(BETA_0) * Math.cos(beta) * Math.cos(lambda)));
        double easting = FALSE_EASTING + b * D * Math.cos(beta) * Math.sin(lambda);
        double northing = FALSE_NORTHING + b / D * (Math.cos(BETA_0) * Math.sin(beta)
                - Math.sin(BETA_0) * Math.cos(beta) * Math.cos(lambda));
        return new Point2D.Double(easting, northing);
    }

    /** The authalic q of latitude phi (radians). */
    private static double q(double phi) {
        double sin = Math.sin(phi);
        return (1 - E * E) * (sin / (1 - E * E * sin * sin)
                - 1 / (2 * E) * Math.log((1 - E * sin) / (1 + E * sin)));
    }
}
