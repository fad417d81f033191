package eu.aireadiness.publication.report;

import java.awt.Color;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.PublicationTexts;

/** The cover: title band, edition and publication date, publisher, and the data notice. */
final class CoverPage {


    private final ReportContext report;

    CoverPage(ReportContext report) {
        this.report = report;
    }

    void add() {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        var info = report.edition().info();

        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        band.setSpacingBefore(90);
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(style.primary());
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(24);
        cell.setPaddingBottom(30);
        cell.addElement(new Paragraph(report.branding().titlePrefix() + " " + info.edition(),
                style.bold(14, style.accentOnPrimary())));
        Chunk titleText = new Chunk(texts.reportTitle(report.edition().codebook(), info.edition()),
                style.bold(30, Color.WHITE));
        titleText.setSplitCharacter(ReportStyle.SPACES_ONLY);
        Paragraph title = new Paragraph(titleText);
        title.setLeading(36);
        title.setSpacingBefore(10);
        cell.addElement(title);
        band.addCell(cell);
        report.document().add(band);

        String date = DateTimeFormatter.ofPattern(texts.text("date.pattern"), texts.locale())
                .format(info.publicationDate());
        Paragraph edition = new Paragraph(texts.format("cover.edition", Integer.toString(info.edition())),
                style.bold(14));
        edition.setSpacingBefore(24);
        report.document().add(edition);
        report.document().add(new Paragraph(texts.format("cover.published", date), style.font(12)));
        Paragraph publisher = new Paragraph(report.branding().publisher(), style.font(12, ReportStyle.MUTED));
        publisher.setSpacingBefore(4);
        report.document().add(publisher);

        if (report.illustrative()) {
            report.document().add(noticeBox(texts.text("cover.notice.title"), info.dataNotice(texts.language())));
        } else if (!info.dataNotice(texts.language()).isBlank()) {
            Paragraph notice = report.body(info.dataNotice(texts.language()));
            notice.setSpacingBefore(30);
            report.document().add(notice);
        }
    }

    private PdfPTable noticeBox(String heading, String notice) {
        ReportStyle style = report.style();
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(40);
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(style.accent());
        cell.setBorderWidth(2);
        cell.setBackgroundColor(ReportStyle.NOTICE_BACKGROUND);
        cell.setPadding(14);
        cell.addElement(new Paragraph(heading, style.bold(13, ReportStyle.NOTICE_TEXT)));
        Paragraph text = new Paragraph(notice, style.font(11));
        text.setLeading(15);
        text.setSpacingBefore(4);
        text.setAlignment(Element.ALIGN_LEFT);
        cell.addElement(text);
        box.addCell(cell);
        return box;
    }
}
