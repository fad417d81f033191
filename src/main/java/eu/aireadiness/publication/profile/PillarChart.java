package eu.aireadiness.publication.profile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.Results;

/**
 * The bar chart of a country's pillar scores against the EU average, drawn by JFreeChart through PdfGraphics2D into
 * a PDF template, so that it stays vector and its text is the report's embedded font.
 */
final class PillarChart {

    private final ReportContext report;

    PillarChart(ReportContext report) {
        this.report = report;
    }

    Image draw(CountryResult result, float width, float height) {
        JFreeChart chart = chart(result);
        PdfTemplate template = report.writer().getDirectContent().createTemplate(width, height);
        Graphics2D graphics = new PdfGraphics2D(template, width, height, report.style().fontMapper(), false, false, 0);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new PublicationException("the pillar chart of " + result.country().code()
                    + " could not be placed in the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The chart's alternative text, built from the same numbers: "Germany: bar chart of the pillar scores (0-100)
     * against the EU average. Compute & data-centre capacity 58.5 (EU average 29.2); ...".
     */
    String altText(CountryResult result) {
        PublicationTexts texts = report.texts();
        java.util.List<String> bars = new java.util.ArrayList<>();
        for (Pillar pillar : report.edition().codebook().pillars()) {
            Double eu = report.edition().euAverage().get(pillar.code());
            bars.add(texts.format("profiles.pillars-chart.bar", texts.pillarName(pillar),
                    report.numbers().score(Results.pillar(result, pillar.code()).score()),
                    eu == null ? NumberText.ABSENT : report.numbers().score(eu)));
        }
        return texts.format("profiles.pillars-chart.alt", texts.countryName(result.country()),
                String.join("; ", bars));
    }

    private JFreeChart chart(CountryResult result) {
        ReportStyle style = report.style();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String country = report.texts().countryName(result.country());
        String average = report.texts().text("country.eu-average");
        for (Pillar pillar : report.edition().codebook().pillars()) {
            data.addValue(Results.pillar(result, pillar.code()).score(), country, pillar.code());
            Double eu = report.edition().euAverage().get(pillar.code());
            data.addValue(eu, average, pillar.code());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(style.awt(7.5f, false));
        categories.setTickLabelPaint(ReportStyle.TEXT);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.03);
        categories.setUpperMargin(0.03);
        NumberAxis scores = new NumberAxis(report.texts().text("country.chart.axis"));
        scores.setRange(0, 100);
        scores.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        scores.setLabelFont(style.awt(7.5f, false));
        scores.setTickLabelFont(style.awt(ReportStyle.MINIMUM_SIZE, false));
        scores.setTickLabelPaint(ReportStyle.TEXT);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, style.primary());
        bars.setSeriesPaint(1, ReportStyle.EU_AVERAGE);
        CategoryPlot plot = new CategoryPlot(data, categories, scores, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ReportStyle.RULE);
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, style.awt(9f, true), plot, false);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(style.awt(7.5f, false));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        return chart;
    }
}
