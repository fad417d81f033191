package eu.aireadiness.publication.report;

import static eu.aireadiness.publication.pdf.ReportStyle.addCompact;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.dataset.Revision;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.publication.text.RevisionText;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/**
 * The chapter "Changes since the previous edition": the countries whose rank moved beyond their rank range (see
 * {@link EditionChanges} for how that is decided), the indicators added and dropped, and the revisions of published
 * editions. Every number comes from the published edition.
 */
final class ChangesPage {

    private static final float SIZE = 8f;

    private final ReportContext report;
    private final PublicationTexts texts;

    ChangesPage(ReportContext report) {
        this.report = report;
        this.texts = report.texts();
    }

    /** The chapter's title, which the report's outline prints: "Changes since the 2025 edition". */
    static String title(ReportContext report) {
        return report.texts().format("changes.title", report.previousEditionLabel());
    }

    void add() {
        PublishedEdition edition = report.edition();
        String previous = report.previousEditionLabel();
        if (edition.previousEdition().isEmpty()) {
            report.document().add(report.body(texts.text("changes.no-previous")));
            addRevisions(edition.revisions());
            return;
        }
        EditionChanges changes = EditionChanges.of(edition);
        report.document().add(report.body(texts.format("changes.intro", previous)));

        report.document().add(report.subheading(texts.text("changes.ranks.title")));
        addRankMoves(changes, previous);

        report.document().add(report.subheading(texts.text("changes.indicators.title")));
        addIndicators(changes, previous);

        addRevisions(edition.revisions());
    }

    private void addRankMoves(EditionChanges changes, String previous) {
        PublishedEdition edition = report.edition();
        if (!EditionChanges.hasRanges(edition)) {
            report.document().add(report.body(texts.text("changes.ranks.no-ranges")));
            return;
        }
        int replications = edition.ranking().stream().flatMap(r -> r.rankInterval().stream()).findFirst()
                .orElseThrow().replications();
        report.document().add(report.body(texts.format("changes.ranks.rule", previous,
                report.numbers().count(replications))));
        if (changes.moved().isEmpty()) {
            report.document().add(report.body(texts.text("changes.ranks.none")));
        } else {
            report.document().add(report.body(texts.format("changes.ranks.count",
                    Integer.toString(changes.moved().size()), Integer.toString(changes.assessed()))));
            report.document().add(movesTable(changes.moved()));
        }
        if (!changes.withoutCurrentData().isEmpty()) {
            report.document().add(report.note(texts.format("changes.ranks.not-assessed",
                    names(changes.withoutCurrentData()))));
        }
        if (!changes.withoutPreviousRank().isEmpty()) {
            report.document().add(report.note(texts.format("changes.ranks.no-previous-rank", previous,
                    names(changes.withoutPreviousRank()))));
        }
    }

    private PdfPTable movesTable(List<EditionChanges.RankMove> moves) {
        ReportStyle style = report.style();
        String year = Integer.toString(report.edition().edition());
        String previousYear = Integer.toString(report.edition().previousEdition().getAsInt());
        PdfPTable table = new PdfPTable(new float[] {4.2f, 1.3f, 1.3f, 1.6f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.addCell(style.header(texts.text("changes.ranks.country"), SIZE, Element.ALIGN_LEFT));
        table.addCell(style.header(texts.format("changes.ranks.rank", previousYear), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.format("changes.ranks.rank", year), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.format("changes.ranks.range", year), SIZE, Element.ALIGN_CENTER));
        table.addCell(style.header(texts.text("changes.ranks.move"), SIZE, Element.ALIGN_RIGHT));
        int row = 0;
        for (EditionChanges.RankMove move : moves) {
            int places = move.placesUp();
            String moved = texts.format(places > 0 ? "changes.ranks.up" : "changes.ranks.down",
                    Integer.toString(Math.abs(places)));
            addCompact(table, style.cell(texts.countryWithOwnName(move.result().country()), style.font(SIZE),
                    Element.ALIGN_LEFT), row);
            addCompact(table, style.cell(Integer.toString(move.previousRank()), style.font(SIZE),
                    Element.ALIGN_RIGHT), row);
            addCompact(table, style.cell(Integer.toString(move.result().rank()), style.bold(SIZE),
                    Element.ALIGN_RIGHT), row);
            addCompact(table, style.cell(NumberText.rankInterval(move.result().rankInterval()), style.font(SIZE),
                    Element.ALIGN_CENTER), row);
            addCompact(table, style.cell(moved, style.font(SIZE), Element.ALIGN_RIGHT), row);
            row++;
        }
        return table;
    }

    private void addIndicators(EditionChanges changes, String previous) {
        if (changes.added().isEmpty() || changes.dropped().isEmpty()) {
            report.document().add(report.body(texts.format("changes.indicators.unknown", previous)));
            return;
        }
        report.document().add(report.body(texts.format("changes.indicators.how", previous)));
        List<String> added = changes.added().get().stream()
                .map(i -> texts.format("changes.indicators.item", i.code(), texts.indicatorName(i))).toList();
        List<String> dropped = changes.dropped().get();
        report.document().add(report.body(added.isEmpty() ? texts.format("changes.indicators.none-added", previous)
                : texts.format("changes.indicators.added", previous, texts.and(added))));
        report.document().add(report.body(dropped.isEmpty()
                ? texts.format("changes.indicators.none-dropped", previous)
                : texts.format("changes.indicators.dropped", previous, texts.and(dropped))));
    }

    /** The revisions of published editions accepted since their publication (see {@link RevisionText}). */
    private void addRevisions(List<Revision> revisions) {
        report.document().add(report.subheading(texts.text("revisions.title")));
        if (revisions.isEmpty()) {
            report.document().add(report.body(texts.text("changes.revisions.none")));
            return;
        }
        report.document().add(report.body(texts.text("revisions.intro")));
        RevisionText text = new RevisionText(texts, report.edition());
        for (Revision revision : revisions) {
            report.document().add(report.body(text.entry(revision)));
        }
    }

    private String names(List<CountryResult> countries) {
        return texts.and(countries.stream().map(r -> texts.countryName(r.country())).toList());
    }
}
