package eu.aireadiness.publication.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.PublishedEdition;

/**
 * The "Codebook" sheet: the framework of the edition, one row per code from the index down to the indicators, with
 * what a reader needs to redo a score: unit, submission unit and denominator, direction, weight, goalposts, the 2030
 * target and its source, and the definition.
 */
final class XlsxCodebookSheet {

    private static final int DIRECTION_COLUMN = 8;
    private static final int GOAL_FLOOR_COLUMN = 10;

    private final PublicationTexts texts;
    private final XlsxStyles styles;

    XlsxCodebookSheet(PublicationTexts texts, XlsxStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(Workbook workbook, PublishedEdition edition) {
        Sheet sheet = workbook.createSheet(texts.text("xlsx.sheet.codebook"));
        Codebook codebook = edition.codebook();
        styles.table(sheet, List.of(
                new XlsxColumn(texts.text("xlsx.code"), 8),
                new XlsxColumn(texts.text("xlsx.name"), 44),
                new XlsxColumn(texts.text("xlsx.level"), 7),
                new XlsxColumn(texts.text("xlsx.parent"), 9),
                new XlsxColumn(texts.text("indicator.unit"), 26),
                new XlsxColumn(texts.text("xlsx.submission-unit"), 11),
                new XlsxColumn(texts.text("xlsx.denominator"), 12),
                new XlsxColumn(texts.text("xlsx.scale"), 12),
                new XlsxColumn(texts.text("xlsx.direction"), 10),
                new XlsxColumn(texts.text("xlsx.weight"), 8),
                new XlsxColumn(texts.text("xlsx.goal-floor"), 12),
                new XlsxColumn(texts.text("xlsx.goal-target"), 12),
                new XlsxColumn(texts.text("xlsx.target-2030"), 10),
                new XlsxColumn(texts.text("xlsx.target-source"), 45),
                new XlsxColumn(texts.text("xlsx.definition"), 70)),
                1 + codebook.pillars().size() + codebook.indicators().size(), 2);
        int rowIndex = 1;
        Row index = sheet.createRow(rowIndex++);
        styles.cell(index, 0, codebook.indexCode());
        styles.cell(index, 1, texts.indexName(codebook));
        styles.whole(index, 2, 3);
        for (Pillar pillar : codebook.pillars()) {
            Row row = sheet.createRow(rowIndex++);
            styles.cell(row, 0, pillar.code());
            styles.cell(row, 1, texts.pillarName(pillar));
            styles.whole(row, 2, 2);
            styles.cell(row, 3, codebook.indexCode());
            styles.value(row, 9, pillar.weight());
            styles.wrapped(row, 14, pillar.definition(texts.language()));
        }
        for (Indicator indicator : codebook.indicators()) {
            Row row = sheet.createRow(rowIndex++);
            boolean positive = indicator.direction() == Direction.POSITIVE;
            styles.cell(row, 0, indicator.code());
            styles.cell(row, 1, texts.indicatorName(indicator));
            styles.whole(row, 2, 1);
            styles.cell(row, 3, indicator.pillar());
            styles.cell(row, 4, texts.unit(indicator));
            styles.cell(row, 5, indicator.submissionUnit());
            indicator.denominator().ifPresent(denominator -> styles.cell(row, 6, denominator));
            styles.value(row, 7, indicator.scale());
            styles.cell(row, DIRECTION_COLUMN, positive ? "+" : "-");
            styles.value(row, 9, indicator.weight());
            // The floor scores 0 and the target 100: for an indicator where lower is better the floor is the high end.
            styles.value(row, GOAL_FLOOR_COLUMN, positive ? indicator.goalposts().low() : indicator.goalposts().high());
            styles.value(row, GOAL_FLOOR_COLUMN + 1,
                    positive ? indicator.goalposts().high() : indicator.goalposts().low());
            styles.value(row, 12, indicator.target2030());
            indicator.targetSource(texts.language()).ifPresent(source -> styles.wrapped(row, 13, source));
            styles.wrapped(row, 14, indicator.definition(texts.language()));
        }
    }
}
