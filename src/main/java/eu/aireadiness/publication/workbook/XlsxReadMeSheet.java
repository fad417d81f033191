package eu.aireadiness.publication.workbook;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.dataset.Revision;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.FlagText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.publication.text.RevisionText;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.ValueOrigin;

/**
 * The "Read me" sheet, the first a reader sees: the edition and its data notice, the publisher and how to cite,
 * the revisions of published editions this publication lists, what each sheet holds, the flags, what a rank interval
 * is and the method in a few lines.
 */
final class XlsxReadMeSheet {

    /** The sheets after the Read me, by the suffix of their name and description keys, in workbook order. */
    private static final List<String> SHEETS = List.of("ranking", "pillars", "indicators", "rank-intervals", "coverage",
            "codebook", "sources");

    private final PublicationTexts texts;
    private final Branding branding;
    private final XlsxStyles styles;

    XlsxReadMeSheet(PublicationTexts texts, Branding branding, XlsxStyles styles) {
        this.texts = texts;
        this.branding = branding;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, PublishedEdition edition, String previousEdition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.readme"));
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        XlsxStyles.printOnPageWidth(sheet);
        styles.title(sheet.createRow(0), 0, edition.info().title(texts.language()));
        String year = Integer.toString(edition.edition());
        String date = DateTimeFormatter.ofPattern(texts.text("date.pattern"), texts.locale())
                .format(edition.info().publicationDate());
        int row = 2;
        row = line(sheet, row, texts.text("xlsx.readme.edition"), year);
        row = line(sheet, row, texts.text("xlsx.readme.published"), date);
        row = line(sheet, row, texts.text("xlsx.readme.status"), texts.text("data-status." + edition.info().dataStatus()));
        row = line(sheet, row, texts.text("xlsx.readme.notice"), edition.info().dataNotice(texts.language()));
        row = line(sheet, row, texts.text("xlsx.readme.publisher"), branding.publisher());
        row = line(sheet, row, texts.text("xlsx.readme.cite"), texts.format("xlsx.readme.cite-text",
                branding.publisher(), year, edition.info().title(texts.language()), date));
        row = line(sheet, row, texts.text("xlsx.readme.precision"), texts.text("xlsx.readme.precision-text"));
        if (!edition.revisions().isEmpty()) {
            // The revisions of published editions, as the report's data notes list them.
            row = heading(sheet, row + 1, texts.text("revisions.title"));
            RevisionText revisions = new RevisionText(texts, edition);
            for (Revision revision : edition.revisions()) {
                row = line(sheet, row, revision.country() + " " + revision.edition(), revisions.entry(revision));
            }
        }

        row = heading(sheet, row + 1, texts.text("xlsx.readme.contents"));
        for (String name : SHEETS) {
            row = line(sheet, row, texts.text("xlsx.sheet." + name), texts.text("xlsx.readme.sheet." + name));
        }
        row = heading(sheet, row + 1, texts.text("flags.title"));
        for (ValueOrigin origin : ValueOrigin.values()) {
            row = line(sheet, row, FlagText.flag(origin, texts), FlagText.legend(origin, texts));
        }
        XlsxMethodText method = new XlsxMethodText(texts);
        row = heading(sheet, row + 1, texts.text("xlsx.sheet.rank-intervals"));
        row = line(sheet, row, "", method.rankIntervals(edition));
        row = heading(sheet, row + 1, texts.text("xlsx.readme.method"));
        for (XlsxMethodText.Step step : method.steps(edition, previousEdition)) {
            row = line(sheet, row, step.label(), step.sentence());
        }
    }

    private int line(XSSFSheet sheet, int rowIndex, String label, String text) {
        Row row = sheet.createRow(rowIndex);
        styles.strong(row, 0, label);
        styles.wrapped(row, 1, text);
        return rowIndex + 1;
    }

    private int heading(XSSFSheet sheet, int rowIndex, String text) {
        styles.title(sheet.createRow(rowIndex), 0, text);
        return rowIndex + 1;
    }
}
