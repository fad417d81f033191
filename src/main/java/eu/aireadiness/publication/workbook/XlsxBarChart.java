package eu.aireadiness.publication.workbook;

import java.awt.Color;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import eu.aireadiness.publication.text.Branding;

/**
 * A native horizontal bar chart of scores (0 to 100) drawn from cells of its sheet: the categories read from top to
 * bottom in the order of the table, the score axis at the bottom. Every series gets an explicit solid fill, without
 * which LibreOffice draws the bars invisible.
 */
final class XlsxBarChart {

    private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);

    private final XSSFSheet sheet;
    private final XSSFChart chart;
    private final XDDFBarChartData data;

    /** A chart placed over the cells from ({@code column}, {@code row}) to, not including, the end corner. */
    XlsxBarChart(XSSFSheet sheet, int column, int row, int endColumn, int endRow, String title, String scoreAxis) {
        this.sheet = sheet;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row, endColumn, endRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // The first row of the table at the top, as in the table; the score axis then crosses at the last category,
        // which is at the bottom.
        categories.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis scores = chart.createValueAxis(AxisPosition.BOTTOM);
        scores.setCrosses(AxisCrosses.MAX);
        scores.setMinimum(0);
        scores.setMaximum(100);
        scores.setMajorUnit(10);
        scores.setTitle(scoreAxis);
        // Whole numbers on the axis, whatever the format of the cells the bars read.
        scores.setNumberFormat("0");
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        XDDFShapeProperties grid = scores.getOrAddMajorGridProperties();
        grid.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(Branding.rgb(GRID)))));
        data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, scores);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
    }

    /**
     * Adds a series: the categories and values are a row or a column of cells of the sheet, the title the cell that
     * names the series.
     */
    XDDFBarChartData.Series series(CellRangeAddress categories, CellRangeAddress values, CellReference title,
                                   String titleText, Color colour) {
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, categories),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
        series.setTitle(titleText, title);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Branding.rgb(colour))));
        series.setShapeProperties(shape);
        return series;
    }

    /** Prints each bar's value at its end, with one decimal as in the tables. */
    static void labelValues(XDDFBarChartData.Series series) {
        CTDLbls labels = series.getCTBarSer().addNewDLbls();
        labels.addNewNumFmt().setFormatCode("0.0");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** The gap between groups of bars, as a percentage of a bar's width. */
    void gap(int percent) {
        data.setGapWidth(percent);
    }

    void legend() {
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);
    }

    void plot() {
        chart.plot(data);
    }
}
