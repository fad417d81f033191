package eu.aireadiness.publication.profile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.results.CountryResult;

/**
 * The trend of a country's index and pillar scores over the editions on file, as small multiples: one small line
 * chart per score, all on the same 0-100 scale, each point labelled with its score. Eight lines in one chart would
 * need eight colours and a legend to tell them apart; side by side, each line needs only its title. Drawn by
 * JFreeChart through PdfGraphics2D into a PDF template, like the pillar chart, so it stays vector in the report's
 * font.
 */
final class TrendChart {

    static final int COLUMNS = 4;
    private static final float TYPE = ReportStyle.MINIMUM_SIZE;

    private final ReportContext report;
    private final CountryResult result;
    private final ScoreTrend trend;

    TrendChart(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
        this.trend = ScoreTrend.of(report.edition(), result);
    }

    /** The chart's alternative text: what it shows and every point of it, in the report's language. */
    String altText() {
        return trend.altText(report.texts(), report.numbers(), report.edition().codebook(), result.country());
    }

    Image draw(float width, float panelHeight) {
        int rows = (trend.scores().size() + COLUMNS - 1) / COLUMNS;
        float height = rows * panelHeight;
        PdfTemplate template = report.writer().getDirectContent().createTemplate(width, height);
        Graphics2D graphics = new PdfGraphics2D(template, width, height, report.style().fontMapper(), false, false, 0);
        try {
            int panel = 0;
            for (Map.Entry<String, List<OptionalDouble>> series : trend.scores().entrySet()) {
                double panelWidth = width / (double) COLUMNS;
                int column = panel % COLUMNS;
                int row = panel / COLUMNS;
                Rectangle2D area = new Rectangle2D.Double(column * panelWidth, row * panelHeight, panelWidth,
                        panelHeight);
                panel(series.getKey(), series.getValue()).draw(graphics, area);
                panel++;
            }
        } finally {
            graphics.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new PublicationException("the trend chart could not be placed in the PDF: " + e.getMessage(), e);
        }
    }

    private JFreeChart panel(String code, List<OptionalDouble> scores) {
        ReportStyle style = report.style();
        boolean index = code.equals(report.edition().codebook().indexCode());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < trend.editions().size(); i++) {
            OptionalDouble score = scores.get(i);
            data.addValue(score.isPresent() ? score.getAsDouble() : null, code,
                    Integer.toString(trend.editions().get(i)));
        }
        CategoryAxis editions = new CategoryAxis();
        editions.setTickLabelFont(style.awt(TYPE, false));
        editions.setTickLabelPaint(ReportStyle.TEXT);
        editions.setAxisLineVisible(false);
        editions.setTickMarksVisible(false);
        NumberAxis scale = new NumberAxis();
        // Room above 100 and below 0 for the labels of points at the ends of the scale.
        scale.setRange(-12, 118);
        scale.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(50));
        scale.setTickLabelsVisible(false);
        scale.setTickMarksVisible(false);
        scale.setAxisLineVisible(false);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        Color colour = index ? style.primary() : ReportStyle.TEXT;
        line.setSeriesPaint(0, colour);
        line.setSeriesStroke(0, new BasicStroke(index ? 2f : 1.2f));
        line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        line.setDefaultItemLabelGenerator(labels());
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultItemLabelFont(style.awt(TYPE, index));
        line.setDefaultItemLabelPaint(ReportStyle.TEXT);
        line.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = new CategoryPlot(data, editions, scale, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ReportStyle.RULE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, style.awt(TYPE, true), plot, false);
        TextTitle title = new TextTitle(index ? ScoreTrend.label(report.texts(), report.edition().codebook(), code) : code + "  "
                + ScoreTrend.label(report.texts(), report.edition().codebook(), code), style.awt(TYPE, index));
        title.setPaint(index ? style.primary() : ReportStyle.TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setMaximumLinesToDisplay(2);
        chart.setTitle(title);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        return chart;
    }

    /** Each point's score, printed as the rest of the profile prints scores. */
    private CategoryItemLabelGenerator labels() {
        NumberText numbers = report.numbers();
        return new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return dataset.getRowKey(row).toString();
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return dataset.getColumnKey(column).toString();
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number value = dataset.getValue(row, column);
                return value == null ? null : numbers.score(value.doubleValue());
            }
        };
    }
}
