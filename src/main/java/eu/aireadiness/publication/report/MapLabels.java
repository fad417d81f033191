package eu.aireadiness.publication.report;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Where each country's code goes on the map, worked out from its shape on the page. A code goes inside the country,
 * at the point of its largest part that lies farthest from the part's outline among those where the whole code fits
 * (a grid search for the pole of inaccessibility, which keeps a code off a narrow neck or a bay where a centroid can
 * fall). A country too small or too thin for its code (Luxembourg, Malta) gets its code beside it on a plate, joined
 * to it by a leader line: the first of a ring of positions around it that stays in the frame, whose plate and line
 * cross no other label and, if one does, whose plate covers no country of the index.
 */
final class MapLabels {

    /** Grid steps across the largest part of a country when looking for the point farthest from its outline. */
    private static final int GRID = 28;
    /** Room kept between a code and its country's outline, in points. */
    private static final double MARGIN = 1.2;
    private static final double[] LEADER_LENGTHS = {14, 22, 32, 44};
    /** Directions tried for a leader, clockwise from east, in degrees (y downwards on the page). */
    private static final int[] DIRECTIONS = {0, 45, 315, 90, 270, 135, 225, 180};

    /**
     * A country's code on the map: the box its text fills, and for a code set beside its country, the point of the
     * country the leader line starts from.
     */
    record Label(String country, String code, Rectangle2D box, Optional<Point2D> leaderFrom) {

        boolean inside() {
            return leaderFrom.isEmpty();
        }
    }

    private MapLabels() {
    }

    /**
     * The labels of the countries in {@code shapes} (page coordinates, in the order given), each box
     * {@code width(code)} wide and {@code height} high, kept within {@code frame}.
     */
    static List<Label> place(Map<String, Path2D> shapes, ToDoubleFunction<String> width, double height,
                             Rectangle2D frame) {
        List<Label> labels = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (Map.Entry<String, Path2D> shape : shapes.entrySet()) {
            String code = shape.getKey();
            Optional<Point2D> point = fittingPoint(largestPart(shape.getValue()), width.applyAsDouble(code), height);
            if (point.isPresent()) {
                labels.add(new Label(code, code, box(point.get(), width.applyAsDouble(code), height),
                        Optional.empty()));
            } else {
                outside.add(code);
            }
        }
        for (String code : outside) {
            Path2D shape = shapes.get(code);
            Point2D anchor = anchor(largestPart(shape));
            labels.add(new Label(code, code, besideBox(anchor, width.applyAsDouble(code) + 2, height + 1.5,
                    labels, shapes.values(), frame), Optional.of(anchor)));
        }
        return labels;
    }

    private static Rectangle2D box(Point2D centre, double width, double height) {
        return new Rectangle2D.Double(centre.getX() - width / 2, centre.getY() - height / 2, width, height);
    }

    /** The point of {@code part} farthest from its outline where a box of that size fits inside with a margin. */
    private static Optional<Point2D> fittingPoint(Path2D part, double width, double height) {
        Rectangle2D bounds = part.getBounds2D();
        if (bounds.getWidth() < width + 2 * MARGIN || bounds.getHeight() < height + 2 * MARGIN) {
            return Optional.empty();
        }
        List<double[]> edges = edges(part);
        Point2D best = null;
        double bestDistance = -1;
        for (int i = 0; i <= GRID; i++) {
            for (int j = 0; j <= GRID; j++) {
                Point2D point = new Point2D.Double(bounds.getMinX() + bounds.getWidth() * i / GRID,
                        bounds.getMinY() + bounds.getHeight() * j / GRID);
                if (!part.contains(point)) {
                    continue;
                }
                // the cheap test first: only a point farther from the outline than the best so far is tried for fit
                double distance = distanceToOutline(point, edges, bestDistance);
                if (distance > bestDistance
                        && part.contains(box(point, width + 2 * MARGIN, height + 2 * MARGIN))) {
                    bestDistance = distance;
                    best = point;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where the leader of a small country starts: its centre, or the point farthest inside it if that is outside. */
    private static Point2D anchor(Path2D part) {
        Rectangle2D bounds = part.getBounds2D();
        Point2D centre = new Point2D.Double(bounds.getCenterX(), bounds.getCenterY());
        if (part.contains(centre)) {
            return centre;
        }
        return fittingPoint(part, 0, 0).orElse(centre);
    }

    private static Rectangle2D besideBox(Point2D anchor, double width, double height, List<Label> placed,
                                         Iterable<Path2D> countries, Rectangle2D frame) {
        Rectangle2D fallback = null;
        for (double length : LEADER_LENGTHS) {
            for (int direction : DIRECTIONS) {
                double angle = Math.toRadians(direction);
                double dx = Math.cos(angle);
                double dy = Math.sin(angle);
                // the box's near side touches the leader's end: half the box further along the direction
                Point2D centre = new Point2D.Double(anchor.getX() + dx * (length + width / 2 * Math.abs(dx)),
                        anchor.getY() + dy * (length + height / 2 * Math.abs(dy)));
                Rectangle2D box = box(centre, width, height);
                Line2D leader = new Line2D.Double(anchor, new Point2D.Double(anchor.getX() + dx * length,
                        anchor.getY() + dy * length));
                if (!frame.contains(box) || placed.stream().anyMatch(l -> l.box().intersects(box)
                        || l.box().intersectsLine(leader))) {
                    continue;
                }
                if (fallback == null) {
                    fallback = box;
                }
                boolean clear = true;
                for (Path2D country : countries) {
                    clear &= !country.intersects(box);
                }
                if (clear) {
                    return box;
                }
            }
        }
        return fallback != null ? fallback : box(anchor, width, height);
    }

    /** The ring of a shape that covers the most of the page (mainland rather than an island). */
    static Path2D largestPart(Path2D shape) {
        Path2D largest = shape;
        double largestArea = -1;
        for (Path2D ring : rings(shape)) {
            double area = Math.abs(area(ring));
            if (area > largestArea) {
                largestArea = area;
                largest = ring;
            }
        }
        return largest;
    }

    private static List<Path2D> rings(Path2D shape) {
        List<Path2D> rings = new ArrayList<>();
        Path2D ring = null;
        double[] coordinates = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(coordinates)) {
                case PathIterator.SEG_MOVETO -> {
                    ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                    ring.moveTo(coordinates[0], coordinates[1]);
                    rings.add(ring);
                }
                case PathIterator.SEG_LINETO -> ring.lineTo(coordinates[0], coordinates[1]);
                case PathIterator.SEG_CLOSE -> ring.closePath();
                default -> throw new IllegalArgumentException("a country's outline has only straight lines");
            }
        }
        return rings;
    }

    /** The signed area of a ring by the shoelace formula. */
    private static double area(Path2D ring) {
        List<double[]> edges = edges(ring);
        double sum = 0;
        for (double[] edge : edges) {
            sum += edge[0] * edge[3] - edge[2] * edge[1];
        }
        return sum / 2;
    }

    /** The ring's edges as x1, y1, x2, y2, closing edge included. */
    private static List<double[]> edges(Path2D ring) {
        List<double[]> edges = new ArrayList<>();
        double[] coordinates = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = ring.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coordinates);
            if (type == PathIterator.SEG_MOVETO) {
                startX = lastX = coordinates[0];
                startY = lastY = coordinates[1];
            } else if (type == PathIterator.SEG_LINETO) {
                edges.add(new double[] {lastX, lastY, coordinates[0], coordinates[1]});
                lastX = coordinates[0];
                lastY = coordinates[1];
            } else if (type == PathIterator.SEG_CLOSE) {
                edges.add(new double[] {lastX, lastY, startX, startY});
                lastX = startX;
                lastY = startY;
            }
        }
        return edges;
    }

    /**
     * The distance from the point to the nearest edge; stops early, returning a value no greater than
     * {@code toBeat}, once an edge is found that close (the point cannot be the farthest then).
     */
    private static double distanceToOutline(Point2D point, List<double[]> edges, double toBeat) {
        double nearest = Double.MAX_VALUE;
        for (double[] edge : edges) {
            nearest = Math.min(nearest, Line2D.ptSegDist(edge[0], edge[1], edge[2], edge[3], point.getX(),
                    point.getY()));
            if (nearest <= toBeat) {
                return nearest;
            }
        }
        return nearest;
    }
}
