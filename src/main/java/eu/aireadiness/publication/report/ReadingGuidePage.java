package eu.aireadiness.publication.report;


import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.CountryOrder;
import eu.aireadiness.publication.text.CoverageText;
import eu.aireadiness.publication.text.FlagText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.SubmissionStatus;
import eu.aireadiness.results.ValueOrigin;

/**
 * The content of two chapters: "How to read this report" (what the scores mean, and the flags) and "Data coverage"
 * (how each country's data came in, and the revisions of earlier, published editions).
 */
final class ReadingGuidePage {

    private final ReportContext report;

    ReadingGuidePage(ReportContext report) {
        this.report = report;
    }

    /** What the scores mean, and the flags. */
    void addGuide() {
        PublicationTexts texts = report.texts();
        PublishedEdition edition = report.edition();
        report.document().add(report.body(texts.format("guide.framework", texts.indexName(edition.codebook()),
                Integer.toString(edition.codebook().indicators().size()),
                Integer.toString(edition.codebook().pillars().size()))));
        report.document().add(report.body(texts.text("guide.scores")));
        report.document().add(report.body(texts.text("guide.conventions")));
        report.document().add(report.body(texts.format("guide.change", report.previousEditionLabel())));

        PdfPTable flags = flagsTable();
        flags.setTotalWidth(report.document().right() - report.document().left());
        // The heading and its table go on the same page: start a new one when the table would not fit below it.
        if (report.writer().getVerticalPosition(true) - flags.getTotalHeight() - 40 < report.document().bottom()) {
            report.document().newPage();
        }
        report.document().add(report.subheading(texts.text("flags.title")));
        report.document().add(flags);
    }

    /** How each country's data came in. */
    void addCoverage() {
        report.document().add(report.body(report.texts().format("coverage.intro",
                Integer.toString(report.edition().edition()))));
        report.document().add(coverageTable());
    }

    private PdfPTable coverageTable() {
        ReportStyle style = report.style();
        PdfPTable table = new PdfPTable(new float[] {2.4f, 7.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(style.header(report.texts().text("coverage.country"), 8, Element.ALIGN_LEFT));
        table.addCell(style.header(report.texts().text("coverage.status"), 8, Element.ALIGN_LEFT));
        int row = 0;
        for (SubmissionStatus status : CountryOrder.sortedByCode(report.edition().submissions(),
                SubmissionStatus::country, report.edition().ranking(), report.texts())) {
            String country = report.result(status.country())
                    .map(r -> report.texts().countryName(r.country())).orElse(status.country());
            PdfPCell name = style.cell(country, style.font(7.5f), Element.ALIGN_LEFT);
            PdfPCell sentence = style.cell(CoverageText.sentence(status, report.texts(), report.previousEditionLabel()),
                    status.state() == SubmissionStatus.State.ACCEPTED ? style.font(7.5f) : style.bold(7.5f),
                    Element.ALIGN_LEFT);
            ReportStyle.shade(name, row);
            ReportStyle.shade(sentence, row++);
            table.addCell(name);
            table.addCell(sentence);
        }
        return table;
    }

    private PdfPTable flagsTable() {
        ReportStyle style = report.style();
        PdfPTable table = new PdfPTable(new float[] {0.7f, 9.3f});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        for (ValueOrigin origin : ValueOrigin.values()) {
            String flag = FlagText.flag(origin, report.texts());
            table.addCell(style.cell(flag.isEmpty() ? NumberText.ABSENT : flag, style.bold(8), Element.ALIGN_CENTER));
            table.addCell(style.cell(FlagText.legend(origin, report.texts()), style.font(8), Element.ALIGN_LEFT));
        }
        return table;
    }
}
