package eu.aireadiness.publication.report;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.publication.text.AnnexNumbers;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.methodology.coherence.AggregateCoherence;
import eu.aireadiness.methodology.coherence.CoherenceFlag;
import eu.aireadiness.methodology.coherence.CoherenceReport;
import eu.aireadiness.methodology.coherence.CorrelationRow;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.text.MethodDescription;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;

/**
 * The statistical coherence of the framework on this edition's scores, for the methodology annex: per aggregate
 * (the index and each pillar) Cronbach's alpha and the first principal component's share, per indicator its Pearson
 * correlation with its pillar and with the index, and the flags of a statistical audit with what each one means.
 */
final class CoherenceSection {

    private final ReportContext report;
    private final AnnexLayout layout;
    private final AnnexNumbers numbers;
    private final CoherenceReport coherence;
    private final Codebook codebook;

    CoherenceSection(ReportContext report, AnnexLayout layout, AnnexNumbers numbers) {
        this.report = report;
        this.layout = layout;
        this.numbers = numbers;
        this.coherence = report.edition().coherence();
        this.codebook = report.edition().codebook();
    }

    void add() {
        PublicationTexts texts = report.texts();
        layout.keepRoom(220);
        report.document().add(report.subheading(texts.text("annex.coherence.title")));
        report.document().add(report.body(texts.format("annex.coherence.intro",
                Integer.toString(report.edition().ranking().size()))));
        report.document().add(aggregateTable());
        report.document().add(report.body(""));
        report.document().add(indicatorTable());
        layout.keepRoom(90);
        Paragraph negative = report.body(texts.text("annex.coherence.legend.negative"));
        negative.setSpacingBefore(6);
        report.document().add(negative);
        report.document().add(report.body(texts.format("annex.coherence.legend.weak",
                numbers.coefficient(coherence.weakThreshold()))));
        report.document().add(report.body(texts.text("annex.coherence.legend.pair")));
        List<CoherenceFlag> flags = coherence.flags();
        if (flags.isEmpty()) {
            report.document().add(report.body(texts.text("annex.coherence.flags.none")));
            return;
        }
        if (flags.stream().anyMatch(f -> f.kind() != CoherenceFlag.Kind.NEGATIVE_PAIR)) {
            report.document().add(report.body(texts.text("annex.coherence.flags.marked")));
        }
        List<String> pairs = flags.stream().filter(f -> f.kind() == CoherenceFlag.Kind.NEGATIVE_PAIR)
                .map(f -> texts.format("annex.coherence.pair", f.code(), f.pairedWith(),
                        numbers.coefficient(f.value()))).toList();
        if (!pairs.isEmpty()) {
            report.document().add(report.body(texts.format("annex.coherence.pairs", String.join(", ", pairs))));
        }
    }

    private PdfPTable aggregateTable() {
        PublicationTexts texts = report.texts();
        PdfPTable table = new PdfPTable(new float[] {0.6f, 3f, 1.15f, 0.9f, 0.95f, 1.15f, 0.95f, 1f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(layout.header(texts.text("indicator.code"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.coherence.aggregate"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.coherence.components"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.coherence.countries"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.coherence.alpha"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.coherence.first-component"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.coherence.r-index"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.coherence.flag"), Element.ALIGN_LEFT));
        aggregateRow(table, codebook.indexCode(), texts.text("country.index"), 0);
        int row = 1;
        for (Pillar pillar : codebook.pillars()) {
            aggregateRow(table, pillar.code(), texts.pillarName(pillar), row++);
        }
        return table;
    }

    private void aggregateRow(PdfPTable table, String code, String name, int row) {
        AggregateCoherence aggregate = coherence.aggregate(code);
        boolean index = code.equals(codebook.indexCode());
        AnnexLayout.add(table, layout.cell(code, Element.ALIGN_LEFT), row);
        AnnexLayout.add(table, layout.cell(name, Element.ALIGN_LEFT), row);
        AnnexLayout.add(table, layout.cell(Integer.toString(aggregate.childCount()), Element.ALIGN_RIGHT), row);
        AnnexLayout.add(table, layout.cell(Integer.toString(aggregate.n()), Element.ALIGN_RIGHT), row);
        AnnexLayout.add(table, layout.cell(numbers.coefficient(aggregate.cronbachAlpha()), Element.ALIGN_RIGHT), row);
        AnnexLayout.add(table, layout.cell(numbers.coefficient(aggregate.firstComponentShare()), Element.ALIGN_RIGHT),
                row);
        AnnexLayout.add(table, layout.cell(index ? NumberText.ABSENT
                : numbers.coefficient(coherence.correlation(code).pearsonIndex()), Element.ALIGN_RIGHT), row);
        AnnexLayout.add(table, layout.cell(index ? "" : flags(code), Element.ALIGN_LEFT), row);
    }

    private PdfPTable indicatorTable() {
        PublicationTexts texts = report.texts();
        PdfPTable table = new PdfPTable(new float[] {0.6f, 4.6f, 0.7f, 1f, 1f, 1f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(layout.header(texts.text("indicator.code"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("indicator.name"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("country.pillar"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.coherence.r-pillar"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.coherence.r-index"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.coherence.flag"), Element.ALIGN_LEFT));
        int row = 0;
        for (Indicator indicator : codebook.indicators()) {
            CorrelationRow correlation = coherence.correlation(indicator.code());
            AnnexLayout.add(table, layout.cell(indicator.code(), Element.ALIGN_LEFT), row);
            AnnexLayout.add(table, layout.cell(texts.indicatorName(indicator), Element.ALIGN_LEFT), row);
            AnnexLayout.add(table, layout.cell(indicator.pillar(), Element.ALIGN_LEFT), row);
            AnnexLayout.add(table, layout.cell(numbers.coefficient(correlation.pearsonParent()), Element.ALIGN_RIGHT),
                    row);
            AnnexLayout.add(table, layout.cell(numbers.coefficient(correlation.pearsonIndex()), Element.ALIGN_RIGHT),
                    row);
            AnnexLayout.add(table, layout.cell(flags(indicator.code()), Element.ALIGN_LEFT), row);
            row++;
        }
        return table;
    }

    /** The flags raised on a code about its correlation with its parent: "weak", "negative". */
    private String flags(String code) {
        return String.join(", ", coherence.flags().stream()
                .filter(f -> f.code().equals(code) && f.kind() != CoherenceFlag.Kind.NEGATIVE_PAIR)
                .map(f -> report.texts().text("annex.coherence.flag." + MethodDescription.key(f.kind()))).toList());
    }
}
