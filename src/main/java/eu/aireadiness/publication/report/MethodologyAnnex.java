package eu.aireadiness.publication.report;

import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import eu.aireadiness.publication.text.AnnexNumbers;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.MethodDescription;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.publication.text.UncertaintyDescription;
import eu.aireadiness.results.PublishedEdition;

/**
 * The methodology annex of the report, generated from the codebook and the method file: the framework with its
 * weights and goalposts, the method step by step, the values carried forward, missing or treated, the coherence
 * statistics and how the uncertainty analysis was run. Starts on a new portrait page with its heading.
 */
final class MethodologyAnnex {

    private static final float TABLE_SIZE = ReportStyle.MINIMUM_SIZE;

    private final ReportContext report;

    MethodologyAnnex(ReportContext report) {
        this.report = report;
    }

    void add() {
        PublicationTexts texts = report.texts();
        PublishedEdition edition = report.edition();
        AnnexNumbers numbers = new AnnexNumbers(texts.locale());
        AnnexLayout layout = new AnnexLayout(report, TABLE_SIZE);
        report.document().add(report.body(texts.format("annex.methodology.intro",
                Integer.toString(edition.edition()))));

        report.document().add(report.subheading(texts.text("annex.framework.title")));
        report.document().add(report.body(texts.format("annex.framework.intro",
                Integer.toString(edition.codebook().indicators().size()),
                Integer.toString(edition.codebook().pillars().size()))));
        new FrameworkTable(report, layout, numbers).add();

        layout.keepRoom(120);
        report.document().add(report.subheading(texts.text("annex.method.title")));
        for (MethodDescription.Step step : new MethodDescription(edition.method(), edition.codebook(), texts,
                numbers).steps()) {
            report.document().add(layout.runIn(step.label(), step.text()));
        }

        new AdjustedValuesSection(report, layout).add();
        new CoherenceSection(report, layout, numbers).add();

        layout.keepRoom(120);
        report.document().add(report.subheading(texts.text("annex.uncertainty.title")));
        UncertaintyDescription.Text uncertainty = new UncertaintyDescription(edition.uncertainty(), texts, numbers)
                .text();
        report.document().add(report.body(uncertainty.introduction()));
        uncertainty.factors().forEach(factor -> report.document().add(layout.bullet(factor)));
        for (int i = 0; i < uncertainty.closing().size(); i++) {
            Paragraph sentence = report.body(uncertainty.closing().get(i));
            sentence.setSpacingBefore(i == 0 && !uncertainty.factors().isEmpty() ? 4 : 0);
            report.document().add(sentence);
        }
    }
}
