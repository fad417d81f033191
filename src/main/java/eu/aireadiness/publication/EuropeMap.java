package eu.aireadiness.publication;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * The map of Europe coloured by index score: each country of the ranking filled with the colour of its score class
 * (branding's {@code colour.map.classes}), the neighbours in grey for orientation, borders in white, and the legend
 * under the map. Drawn with Java2D through PdfGraphics2D into a PDF template, so that it stays vector and its text
 * is the report's embedded font.
 */
final class EuropeMap {

    /** The frame on EPSG:3035 in metres: Iceland to Cyprus, Portugal and Malta to the North Cape. */
    static final Rectangle2D FRAME = new Rectangle2D.Double(2_450_000, 1_300_000, 4_400_000, 4_200_000);

    private static final Color SEA = new Color(0xF2, 0xF5, 0xF9);
    private static final Color NEIGHBOUR = new Color(0xDC, 0xDF, 0xE3);
    private static final Color BORDER = Color.WHITE;
    private static final float BORDER_WIDTH = 0.4f;
    /** A country drawn smaller than this (points, both sides) gets a circle, so that its colour can be seen. */
    private static final double SMALL = 4;
    private static final double MARKER_RADIUS = 4;
    private static final float LEGEND_SIZE = 7.5f;
    private static final float SWATCH_WIDTH = 16;
    private static final float SWATCH_HEIGHT = 9;
    private static final float ROW = 13;

    private final ReportContext report;
    private final Map<String, CountryShapes.Shape> shapes;

    EuropeMap(ReportContext report, Map<String, CountryShapes.Shape> shapes) {
        this.report = report;
        this.shapes = shapes;
    }

    Image draw(ScoreClasses classes, float width) {
        Set<String> ranked = report.edition().ranking().stream().map(r -> r.country().code())
                .collect(Collectors.toSet());
        List<String> missing = CountryShapes.missing(shapes, ranked);
        if (!missing.isEmpty()) {
            throw new PublicationException("the map of Europe has no shape for " + missing + " in "
                    + CountryShapes.RESOURCE + "; add the country to the shapes (see maps/README.md) or leave the map"
                    + " out of the report");
        }
        double scale = width / FRAME.getWidth();
        float mapHeight = (float) (FRAME.getHeight() * scale);
        Legend legend = legend(classes, width);
        float height = mapHeight + legend.height();
        PdfTemplate template = report.writer().getDirectContent().createTemplate(width, height);
        Graphics2D graphics = new PdfGraphics2D(template, width, height, report.style().fontMapper(), false, false, 0);
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            drawMap(graphics, classes, scale, width, mapHeight);
            legend.draw(graphics, mapHeight);
        } finally {
            graphics.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new PublicationException("the map of Europe could not be placed in the PDF: " + e.getMessage(), e);
        }
    }

    private void drawMap(Graphics2D canvas, ScoreClasses classes, double scale, float width, float height) {
        Graphics2D graphics = (Graphics2D) canvas.create();
        try {
            Rectangle2D frame = new Rectangle2D.Double(0, 0, width, height);
            graphics.setColor(SEA);
            graphics.fill(frame);
            graphics.clip(frame);
            graphics.setStroke(new BasicStroke(BORDER_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            List<Marker> markers = new ArrayList<>();
            // neighbours first, so that the countries of the index are drawn over any shared border
            for (boolean ofTheIndex : new boolean[] {false, true}) {
                for (CountryShapes.Shape shape : shapes.values()) {
                    Optional<Integer> level = classes.levelOf(shape.country());
                    if (level.isPresent() != ofTheIndex) {
                        continue;
                    }
                    Color fill = level.map(l -> report.branding().mapClasses().get(l)).orElse(NEIGHBOUR);
                    Path2D path = path(shape, scale);
                    graphics.setColor(fill);
                    graphics.fill(path);
                    graphics.setColor(BORDER);
                    graphics.draw(path);
                    Rectangle2D bounds = path.getBounds2D();
                    if (ofTheIndex && bounds.getWidth() < SMALL && bounds.getHeight() < SMALL) {
                        markers.add(new Marker(fill, bounds.getCenterX(), bounds.getCenterY()));
                    }
                }
            }
            // after all fills, so that no neighbour covers a circle
            graphics.setStroke(new BasicStroke(0.6f));
            for (Marker marker : markers) {
                Ellipse2D circle = new Ellipse2D.Double(marker.x() - MARKER_RADIUS, marker.y() - MARKER_RADIUS,
                        2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
                graphics.setColor(marker.colour());
                graphics.fill(circle);
                graphics.setColor(ReportStyle.TEXT);
                graphics.draw(circle);
            }
        } finally {
            graphics.dispose();
        }
        canvas.setColor(ReportStyle.RULE);
        canvas.setStroke(new BasicStroke(0.5f));
        canvas.draw(new Rectangle2D.Double(0, 0, width, height));
    }

    /** The shape on the page: points from the frame's top left corner, y downwards. */
    private static Path2D path(CountryShapes.Shape shape, double scale) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : shape.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                Point2D.Double point = EuropeProjection.project(ring[i], ring[i + 1]);
                double x = (point.x - FRAME.getMinX()) * scale;
                double y = (FRAME.getMaxY() - point.y) * scale;
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }

    private Legend legend(ScoreClasses classes, float width) {
        PublicationTexts texts = report.texts();
        List<LegendItem> items = new ArrayList<>();
        for (ScoreClasses.ScoreClass scoreClass : classes.classes()) {
            items.add(new LegendItem(report.branding().mapClasses().get(scoreClass.level()),
                    texts.format("map.legend.class", report.numbers().score(scoreClass.low()),
                            report.numbers().score(scoreClass.high()))));
        }
        items.add(new LegendItem(NEIGHBOUR, texts.text("map.legend.outside")));
        return new Legend(texts.text("map.legend.title"), items, width);
    }

    private record LegendItem(Color colour, String label) {
    }

    /** The circle that shows the colour of a country too small to see, at its centre on the page. */
    private record Marker(Color colour, double x, double y) {
    }

    /** The legend's title over one or more rows of swatches with their labels, wrapped to the map's width. */
    private final class Legend {

        private static final float GAP = 4;
        private static final float SPACING = 14;
        private static final float TOP = 8;

        private final String title;
        private final List<LegendItem> items;
        /** x and row of every item, from text widths measured with the report's own font. */
        private final List<Point2D.Float> positions = new ArrayList<>();
        private final float height;

        Legend(String title, List<LegendItem> items, float width) {
            this.title = title;
            this.items = items;
            FontRenderContext context = new FontRenderContext(null, true, true);
            java.awt.Font font = report.style().awt(LEGEND_SIZE, false);
            float x = 0;
            int row = 0;
            for (LegendItem item : items) {
                float itemWidth = SWATCH_WIDTH + GAP + (float) font.getStringBounds(item.label(), context).getWidth();
                if (x > 0 && x + itemWidth > width) {
                    x = 0;
                    row++;
                }
                positions.add(new Point2D.Float(x, row));
                x += itemWidth + SPACING;
            }
            height = TOP + ROW + (row + 1) * ROW;
        }

        float height() {
            return height;
        }

        void draw(Graphics2D graphics, float top) {
            float titleBaseline = top + TOP + LEGEND_SIZE + 1;
            graphics.setFont(report.style().awt(LEGEND_SIZE + 0.5f, true));
            graphics.setColor(ReportStyle.TEXT);
            graphics.drawString(title, 0, titleBaseline);
            graphics.setFont(report.style().awt(LEGEND_SIZE, false));
            graphics.setStroke(new BasicStroke(0.4f));
            for (int i = 0; i < items.size(); i++) {
                LegendItem item = items.get(i);
                float x = positions.get(i).x;
                float baseline = titleBaseline + ROW * (positions.get(i).y + 1);
                Rectangle2D swatch = new Rectangle2D.Double(x, baseline - SWATCH_HEIGHT + 1, SWATCH_WIDTH,
                        SWATCH_HEIGHT);
                graphics.setColor(item.colour());
                graphics.fill(swatch);
                graphics.setColor(ReportStyle.RULE);
                graphics.draw(swatch);
                graphics.setColor(ReportStyle.TEXT);
                graphics.drawString(item.label(), x + SWATCH_WIDTH + GAP, baseline);
            }
        }
    }
}
