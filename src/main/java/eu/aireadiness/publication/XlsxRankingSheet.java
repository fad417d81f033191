package eu.aireadiness.publication;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Pillar;

/** The "Ranking" sheet: one row per country in rank order, with a native bar chart of the index scores. */
final class XlsxRankingSheet {

    private static final int CODE_COLUMN = 1;
    private static final int INDEX_COLUMN = 3;

    private final PublicationTexts texts;
    private final Branding branding;
    private final XlsxStyles styles;

    XlsxRankingSheet(PublicationTexts texts, Branding branding, XlsxStyles styles) {
        this.texts = texts;
        this.branding = branding;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, PublishedEdition edition, String previousEdition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.ranking"));
        List<Pillar> pillars = edition.codebook().pillars();
        int columns = 6 + pillars.size();
        String[] headers = new String[columns];
        int[] widths = new int[columns];
        headers[0] = texts.text("ranking.rank");
        headers[1] = texts.text("xlsx.country-code");
        headers[2] = texts.text("ranking.country");
        headers[3] = texts.text("ranking.index");
        Arrays.fill(widths, 12);
        widths[0] = 7;
        widths[1] = 9;
        widths[2] = 30;
        for (int i = 0; i < pillars.size(); i++) {
            headers[4 + i] = texts.pillarName(pillars.get(i)) + " (" + pillars.get(i).code() + ")";
            widths[4 + i] = 16;
        }
        headers[columns - 2] = texts.text("xlsx.previous-rank");
        headers[columns - 1] = texts.format("ranking.change", previousEdition);
        widths[columns - 1] = 16;
        styles.table(sheet, headers, widths, edition.ranking().size());
        sheet.getRow(0).setHeightInPoints(45);
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            Row row = sheet.createRow(rowIndex++);
            styles.whole(row, 0, result.rank());
            styles.cell(row, CODE_COLUMN, result.country().code());
            styles.cell(row, 2, texts.countryName(result.country()));
            styles.score(row, INDEX_COLUMN, result.indexScore());
            for (int i = 0; i < pillars.size(); i++) {
                styles.score(row, 4 + i, Results.pillar(result, pillars.get(i).code()).score());
            }
            styles.whole(row, columns - 2, result.previousRank());
            styles.change(row, columns - 1, result.indexChange());
        }
        chart(sheet, edition.ranking().size(), columns + 1, edition);
    }

    private void chart(XSSFSheet sheet, int countries, int firstColumn, PublishedEdition edition) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, firstColumn, 1, firstColumn + 14, 26));
        chart.setTitleText(texts.format("xlsx.chart.title", edition.info().title()));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis countryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis scoreAxis = chart.createValueAxis(AxisPosition.LEFT);
        scoreAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        scoreAxis.setMinimum(0);
        scoreAxis.setMaximum(100);
        XDDFDataSource<String> codes = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, countries, CODE_COLUMN, CODE_COLUMN));
        XDDFNumericalDataSource<Double> scores = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, countries, INDEX_COLUMN, INDEX_COLUMN));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, countryAxis, scoreAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(codes, scores);
        series.setTitle(texts.text("ranking.index"),
                new CellReference(sheet.getSheetName(), 0, INDEX_COLUMN, true, true));
        XDDFShapeProperties shape = series.getShapeProperties() == null
                ? new XDDFShapeProperties() : series.getShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Branding.rgb(branding.primary()))));
        series.setShapeProperties(shape);
        chart.plot(data);
    }
}
