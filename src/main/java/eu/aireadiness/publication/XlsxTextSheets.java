package eu.aireadiness.publication;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;

/** The descriptive sheets of the workbook: "Read me", "Codebook" and "Coverage". */
final class XlsxTextSheets {

    private final PublicationTexts texts;
    private final XlsxStyles styles;

    XlsxTextSheets(PublicationTexts texts, XlsxStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void writeReadMe(XSSFWorkbook workbook, PublishedEdition edition, String previousEdition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.readme"));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        styles.title(sheet.createRow(0), 0, edition.info().title());
        int row = 2;
        row = line(sheet, row, texts.text("xlsx.readme.edition"), Integer.toString(edition.edition()));
        row = line(sheet, row, texts.text("xlsx.readme.published"), edition.info().publicationDate().toString());
        row = line(sheet, row, texts.text("xlsx.readme.status"), edition.info().dataStatus());
        row = line(sheet, row, texts.text("xlsx.readme.notice"), edition.info().dataNotice());
        row = line(sheet, row, texts.text("xlsx.readme.contents"), texts.text("xlsx.readme.sheets"));
        row = line(sheet, row, texts.text("xlsx.readme.precision"), texts.text("xlsx.readme.precision-text"));
        row = heading(sheet, row + 1, texts.text("coverage.title"));
        for (SubmissionStatus status : edition.submissions()) {
            row = line(sheet, row, status.country(), CoverageText.sentence(status, texts, previousEdition));
        }
        row = heading(sheet, row + 1, texts.text("flags.title"));
        for (ValueOrigin origin : ValueOrigin.values()) {
            row = line(sheet, row, origin.name(), FlagText.legend(origin, texts));
        }
    }

    void writeCodebook(XSSFWorkbook workbook, PublishedEdition edition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.codebook"));
        var codebook = edition.codebook();
        styles.table(sheet, new String[] {texts.text("xlsx.code"), texts.text("indicator.name"),
                texts.text("xlsx.level"), texts.text("xlsx.pillar-code"), texts.text("indicator.unit"),
                texts.text("xlsx.direction"), texts.text("xlsx.weight"), texts.text("xlsx.goal-floor"),
                texts.text("xlsx.goal-target"), texts.text("xlsx.target-2030"), texts.text("xlsx.target-source"),
                texts.text("xlsx.definition")},
                new int[] {9, 45, 7, 9, 26, 10, 9, 12, 12, 12, 45, 70}, codebook.pillars().size()
                        + codebook.indicators().size());
        int rowIndex = 1;
        for (Pillar pillar : codebook.pillars()) {
            Row row = sheet.createRow(rowIndex++);
            styles.cell(row, 0, pillar.code());
            styles.cell(row, 1, texts.pillarName(pillar));
            styles.whole(row, 2, 2);
            styles.cell(row, 3, codebook.indexCode());
            styles.value(row, 6, pillar.weight());
            styles.cell(row, 11, pillar.definition());
        }
        for (Indicator indicator : codebook.indicators()) {
            Row row = sheet.createRow(rowIndex++);
            boolean positive = indicator.direction() == Direction.POSITIVE;
            styles.cell(row, 0, indicator.code());
            styles.cell(row, 1, texts.indicatorName(indicator));
            styles.whole(row, 2, 1);
            styles.cell(row, 3, indicator.pillar());
            styles.cell(row, 4, texts.unit(indicator));
            styles.cell(row, 5, positive ? "+" : "-");
            styles.value(row, 6, indicator.weight());
            styles.value(row, 7, positive ? indicator.goalposts().low() : indicator.goalposts().high());
            styles.value(row, 8, positive ? indicator.goalposts().high() : indicator.goalposts().low());
            styles.value(row, 9, indicator.target2030());
            styles.cell(row, 10, indicator.targetSource().orElse(""));
            styles.cell(row, 11, indicator.definition());
        }
    }

    void writeCoverage(XSSFWorkbook workbook, PublishedEdition edition, String previousEdition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.coverage"));
        styles.table(sheet, new String[] {texts.text("xlsx.country-code"), texts.text("ranking.country"),
                texts.text("coverage.status"), texts.text("xlsx.file"), texts.text("xlsx.version"),
                texts.text("xlsx.detail"), texts.text("xlsx.statement")},
                new int[] {9, 30, 30, 30, 9, 40, 90}, edition.submissions().size());
        int rowIndex = 1;
        for (SubmissionStatus status : edition.submissions()) {
            Row row = sheet.createRow(rowIndex++);
            styles.cell(row, 0, status.country());
            styles.cell(row, 1, edition.ranking().stream().filter(r -> r.country().code().equals(status.country()))
                    .findFirst().map(r -> texts.countryName(r.country())).orElse(status.country()));
            styles.cell(row, 2, CoverageText.state(status.state(), texts));
            styles.cell(row, 3, status.fileName().orElse(""));
            styles.whole(row, 4, status.version());
            styles.cell(row, 5, status.detail());
            styles.cell(row, 6, CoverageText.sentence(status, texts, previousEdition));
        }
    }

    private int line(XSSFSheet sheet, int rowIndex, String label, String text) {
        Row row = sheet.createRow(rowIndex);
        styles.cell(row, 0, label);
        styles.wrapped(row, 1, text);
        return rowIndex + 1;
    }

    private int heading(XSSFSheet sheet, int rowIndex, String text) {
        styles.title(sheet.createRow(rowIndex), 0, text);
        return rowIndex + 1;
    }
}
