package eu.aireadiness.publication.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.PublicationTexts;

/**
 * The map of Europe coloured by index score: each country of the ranking filled with the colour of its score class
 * (branding's {@code colour.map.classes}) and labelled with its code (see {@link MapLabels}), the land outside the
 * index in light grey with a grey outline for orientation, borders between the countries of the index in white, and
 * the legend under the map, one row per class with the countries it holds, so that a reader who cannot tell two
 * colours apart still reads every country's class. Drawn with Java2D through PdfGraphics2D into a PDF template, so
 * that it stays vector and its text is the report's embedded font, which a reader's tools can find and copy.
 */
final class EuropeMap {

    /** The frame on EPSG:3035 in metres: Iceland to Cyprus, Portugal and Malta to the North Cape. */
    static final Rectangle2D FRAME = new Rectangle2D.Double(2_450_000, 1_300_000, 4_400_000, 4_200_000);

    private static final float BORDER_WIDTH = 0.5f;
    private static final float OUTLINE_WIDTH = 0.4f;
    /** A country drawn smaller than this (points, both sides) gets a circle, so that its colour can be seen. */
    private static final double SMALL = 4;
    private static final double MARKER_RADIUS = 4;
    private static final float LABEL_SIZE = ReportStyle.MINIMUM_SIZE;
    private static final float LEGEND_SIZE = 8;
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
        Legend legend = legend(classes);
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

    /**
     * The map in words, for readers who cannot see it: how many countries in how many classes, and the countries of
     * each class from the lowest scores to the highest, by name in the alphabetical order of the report's language.
     */
    String altText(ScoreClasses classes) {
        PublicationTexts texts = report.texts();
        List<String> parts = new ArrayList<>();
        for (ScoreClasses.ScoreClass scoreClass : classes.classes()) {
            String names = scoreClass.countries().stream()
                    .map(code -> texts.countryName(report.result(code).orElseThrow().country()))
                    .sorted(Collator.getInstance(texts.locale())).collect(Collectors.joining(", "));
            parts.add(texts.format("map.alt.class", range(scoreClass), names));
        }
        return texts.format("map.alt", Integer.toString(report.edition().ranking().size()),
                Integer.toString(classes.classes().size()), String.join("; ", parts));
    }

    private String range(ScoreClasses.ScoreClass scoreClass) {
        return report.texts().format("map.legend.class", report.numbers().score(scoreClass.low()),
                report.numbers().score(scoreClass.high()));
    }

    private void drawMap(Graphics2D canvas, ScoreClasses classes, double scale, float width, float height) {
        Graphics2D graphics = (Graphics2D) canvas.create();
        Rectangle2D frame = new Rectangle2D.Double(0, 0, width, height);
        try {
            graphics.setColor(ReportStyle.MAP_SEA);
            graphics.fill(frame);
            graphics.clip(frame);
            graphics.setStroke(new BasicStroke(OUTLINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (CountryShapes.Shape shape : shapes.values()) {
                if (classes.levelOf(shape.country()).isEmpty()) {
                    Path2D path = path(shape, scale);
                    graphics.setColor(ReportStyle.MAP_NEIGHBOUR);
                    graphics.fill(path);
                    graphics.setColor(ReportStyle.MAP_OUTLINE);
                    graphics.draw(path);
                }
            }
            // the countries of the index over the land outside it, so that their white borders cover its outline
            Map<String, Path2D> ofTheIndex = new LinkedHashMap<>();
            List<Marker> markers = new ArrayList<>();
            graphics.setStroke(new BasicStroke(BORDER_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (CountryShapes.Shape shape : shapes.values()) {
                Optional<Integer> level = classes.levelOf(shape.country());
                if (level.isEmpty()) {
                    continue;
                }
                Color fill = fill(level.get());
                Path2D path = path(shape, scale);
                ofTheIndex.put(shape.country(), path);
                graphics.setColor(fill);
                graphics.fill(path);
                graphics.setColor(ReportStyle.MAP_BORDER);
                graphics.draw(path);
                Rectangle2D bounds = path.getBounds2D();
                if (bounds.getWidth() < SMALL && bounds.getHeight() < SMALL) {
                    markers.add(new Marker(fill, bounds.getCenterX(), bounds.getCenterY()));
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
            drawLabels(graphics, classes, ofTheIndex, frame);
        } finally {
            graphics.dispose();
        }
        canvas.setColor(ReportStyle.RULE);
        canvas.setStroke(new BasicStroke(0.5f));
        canvas.draw(frame);
    }

    /**
     * Each country's code, inside it in black or white (whichever reads better on its class's colour), or beside it
     * on a white plate with a leader line drawn dark on a white casing, which shows on any colour it crosses.
     */
    private void drawLabels(Graphics2D graphics, ScoreClasses classes, Map<String, Path2D> countries,
                            Rectangle2D frame) {
        java.awt.Font font = report.style().awt(LABEL_SIZE, true);
        FontRenderContext context = new FontRenderContext(null, true, true);
        // the box of a code is as high as its capitals: the baseline sits at the bottom of the box
        double capital = font.createGlyphVector(context, "H").getVisualBounds().getHeight();
        Rectangle2D inner = new Rectangle2D.Double(frame.getX() + 2, frame.getY() + 2, frame.getWidth() - 4,
                frame.getHeight() - 4);
        List<MapLabels.Label> labels = MapLabels.place(countries,
                code -> font.getStringBounds(code, context).getWidth(), capital, inner);
        graphics.setFont(font);
        for (MapLabels.Label label : labels) {
            Rectangle2D box = label.box();
            Color colour;
            if (label.inside()) {
                colour = ReportStyle.labelOn(fill(classes.levelOf(label.country()).orElseThrow()));
            } else {
                Point2D from = label.leaderFrom().orElseThrow();
                Point2D to = nearestPoint(box, from);
                Line2D leader = new Line2D.Double(from, to);
                graphics.setColor(ReportStyle.PAPER);
                graphics.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                graphics.draw(leader);
                graphics.setColor(ReportStyle.TEXT);
                graphics.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                graphics.draw(leader);
                graphics.setColor(ReportStyle.PAPER);
                graphics.fill(box);
                graphics.setColor(ReportStyle.TEXT);
                graphics.setStroke(new BasicStroke(0.4f));
                graphics.draw(box);
                colour = ReportStyle.TEXT;
            }
            graphics.setColor(colour);
            double textWidth = font.getStringBounds(label.code(), context).getWidth();
            graphics.drawString(label.code(), (float) (box.getCenterX() - textWidth / 2),
                    (float) (box.getCenterY() + capital / 2));
        }
    }

    private static Point2D nearestPoint(Rectangle2D box, Point2D from) {
        return new Point2D.Double(Math.max(box.getMinX(), Math.min(from.getX(), box.getMaxX())),
                Math.max(box.getMinY(), Math.min(from.getY(), box.getMaxY())));
    }

    private Color fill(int level) {
        return report.branding().mapClasses().get(level);
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

    private Legend legend(ScoreClasses classes) {
        PublicationTexts texts = report.texts();
        List<LegendItem> items = new ArrayList<>();
        for (ScoreClasses.ScoreClass scoreClass : classes.classes()) {
            items.add(new LegendItem(fill(scoreClass.level()), range(scoreClass),
                    String.join(", ", scoreClass.countries().stream().sorted().toList())));
        }
        items.add(new LegendItem(ReportStyle.MAP_NEIGHBOUR, texts.text("map.legend.outside"), ""));
        return new Legend(texts.text("map.legend.title"), texts.text("map.legend.countries"), items);
    }

    /** A row of the legend: the colour, the scores of the class and the codes of its countries. */
    private record LegendItem(Color colour, String label, String countries) {
    }

    /** The circle that shows the colour of a country too small to see, at its centre on the page. */
    private record Marker(Color colour, double x, double y) {
    }

    /**
     * The legend under the map: its title, then one row per class, swatch and scores in a first column and the
     * class's countries in a second, aligned after the widest scores measured with the report's own font.
     */
    private final class Legend {

        private static final float GAP = 4;
        private static final float COLUMN_GAP = 12;
        private static final float TOP = 8;

        private final String title;
        private final String countriesHeading;
        private final List<LegendItem> items;
        private final float countriesX;
        private final float height;

        Legend(String title, String countriesHeading, List<LegendItem> items) {
            this.title = title;
            this.countriesHeading = countriesHeading;
            this.items = items;
            FontRenderContext context = new FontRenderContext(null, true, true);
            java.awt.Font font = report.style().awt(LEGEND_SIZE, false);
            java.awt.Font bold = report.style().awt(LEGEND_SIZE, true);
            float widest = (float) bold.getStringBounds(title, context).getWidth() - SWATCH_WIDTH - GAP;
            for (LegendItem item : items) {
                widest = Math.max(widest, (float) font.getStringBounds(item.label(), context).getWidth());
            }
            countriesX = SWATCH_WIDTH + GAP + widest + COLUMN_GAP;
            height = TOP + ROW + items.size() * ROW + 2;
        }

        float height() {
            return height;
        }

        void draw(Graphics2D graphics, float top) {
            float titleBaseline = top + TOP + LEGEND_SIZE + 1;
            graphics.setFont(report.style().awt(LEGEND_SIZE, true));
            graphics.setColor(ReportStyle.TEXT);
            graphics.drawString(title, 0, titleBaseline);
            graphics.drawString(countriesHeading, countriesX, titleBaseline);
            graphics.setFont(report.style().awt(LEGEND_SIZE, false));
            graphics.setStroke(new BasicStroke(0.5f));
            for (int i = 0; i < items.size(); i++) {
                LegendItem item = items.get(i);
                float baseline = titleBaseline + ROW * (i + 1);
                Rectangle2D swatch = new Rectangle2D.Double(0, baseline - SWATCH_HEIGHT + 1, SWATCH_WIDTH,
                        SWATCH_HEIGHT);
                graphics.setColor(item.colour());
                graphics.fill(swatch);
                graphics.setColor(ReportStyle.MAP_OUTLINE);
                graphics.draw(swatch);
                graphics.setColor(ReportStyle.TEXT);
                graphics.drawString(item.label(), SWATCH_WIDTH + GAP, baseline);
                if (!item.countries().isEmpty()) {
                    graphics.drawString(item.countries(), countriesX, baseline);
                }
            }
        }
    }
}
