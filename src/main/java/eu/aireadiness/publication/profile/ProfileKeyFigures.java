package eu.aireadiness.publication.profile;

import java.util.Optional;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;

/**
 * The three figures at the top of a country profile: rank (of how many, with its interval when the method has an
 * uncertainty analysis, printed as the ranking prints it: "6–10", or "27" when both ends are the same rank), index score (with the EU average) and change since the previous edition (score and rank).
 */
final class ProfileKeyFigures {

    private final ReportContext report;
    private final CountryResult result;

    ProfileKeyFigures(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    PdfPTable table() {
        PublicationTexts texts = report.texts();
        NumberText numbers = report.numbers();
        String of = texts.format("profile.rank.of", Integer.toString(report.edition().ranking().size()));
        String rankDetail = result.rankInterval()
                .map(i -> of + "  \u00B7  " + texts.format("profiles.rank.interval",
                        NumberText.rankInterval(Optional.of(i))))
                .orElse(of);
        Double average = report.edition().euAverage().get(report.edition().codebook().indexCode());
        String changeDetail = result.previousRank().isPresent()
                ? texts.format("profile.change.rank", Integer.toString(result.previousRank().getAsInt()),
                        Integer.toString(result.rank()))
                : "";
        NoCurrentDataText noCurrentData = new NoCurrentDataText(report.edition(), texts);
        boolean flagged = noCurrentData.flagged(result);
        PdfPTable table = new PdfPTable(new float[] {1, 1, 1.25f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.addCell(tile(texts.text("profile.rank"), noCurrentData.name(result, Integer.toString(result.rank())),
                rankDetail));
        table.addCell(tile(texts.text("profile.index"), numbers.score(result.indexScore()),
                average == null ? "" : texts.format("profile.eu-average", numbers.score(average))));
        // Without current data the change would compare the previous edition's values with themselves.
        table.addCell(tile(texts.format("profile.change", report.previousEditionLabel()),
                flagged ? NumberText.ABSENT : numbers.change(result.indexChange()),
                flagged ? texts.format("nocurrent.profile", noCurrentData.flag())
                        : changeDetail));
        return table;
    }

    private PdfPCell tile(String label, String figure, String detail) {
        ReportStyle style = report.style();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(style.primary());
        cell.setBackgroundColor(ReportStyle.SHADE);
        cell.setPaddingLeft(8);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(7);
        cell.addElement(line(label, style.font(8, ReportStyle.MUTED), 11));
        cell.addElement(line(figure, style.bold(20, style.primary()), 23));
        cell.addElement(line(detail, style.font(8), 11));
        return cell;
    }

    private static Paragraph line(String text, com.lowagie.text.Font font, float leading) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(leading);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }
}
