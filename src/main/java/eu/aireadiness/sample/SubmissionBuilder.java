package eu.aireadiness.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.submission.ObsStatus;

/**
 * Turns the published sample figures into what an officer submits: one row per indicator in codebook order, in the
 * indicator's submission unit (raw amounts where the codebook divides by a denominator), with its source, and with
 * the scenario's statuses, notes and deliberate errors.
 */
final class SubmissionBuilder {

    private final Codebook codebook;
    private final SampleFigures figures;
    private final UnitConversion denomination;
    private final List<Annotation> annotations;

    SubmissionBuilder(Codebook codebook, SampleFigures figures, UnitConversion denomination, List<Annotation> annotations) {
        this.codebook = codebook;
        this.figures = figures;
        this.denomination = denomination;
        this.annotations = List.copyOf(annotations);
    }

    /** The files the scenario's officer sends, first edition first. */
    List<Submission> submissions(CountryScenario scenario) {
        List<Submission> submissions = new ArrayList<>();
        for (int edition : SampleEditions.ALL) {
            scenario.layout(edition).ifPresent(layout -> {
                List<SubmissionRow> rows = rows(scenario.country(), edition);
                if (edition == SampleEditions.SECOND && scenario.secondHasErrors()) {
                    rows = DeliberateErrors.applyTo(rows);
                }
                submissions.add(new Submission(scenario.country(), edition, layout, rows));
            });
        }
        return submissions;
    }

    private List<SubmissionRow> rows(String country, int edition) {
        List<SubmissionRow> rows = new ArrayList<>();
        for (Indicator indicator : codebook.indicators()) {
            double published = figures.published(edition, country, indicator.code());
            BigDecimal submitted = BigDecimal.valueOf(denomination.submitted(indicator, published, country, edition))
                    .setScale(UnitDigits.of(indicator.submissionUnit()), RoundingMode.HALF_UP);
            SubmissionRow row = new SubmissionRow(country, edition, indicator.code(), Optional.of(submitted),
                    indicator.submissionUnit(), ObsStatus.A, SourceTexts.of(country, indicator.code()), "");
            rows.add(annotate(row));
        }
        return rows;
    }

    private SubmissionRow annotate(SubmissionRow row) {
        return annotations.stream()
                .filter(a -> a.country().equals(row.country()) && a.edition() == row.edition()
                        && a.indicator().equals(row.indicator()))
                .findFirst()
                .map(a -> row.annotated(a.status(), a.note()))
                .orElse(row);
    }
}
