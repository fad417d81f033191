package eu.aireadiness.publication.report;

import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.CountryOrder;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/**
 * The key findings: sentences written from the {@link KeyFindings} of the edition, with the patterns of the texts
 * file and the numbers of {@link NumberText}, so that every language states the same facts.
 */
final class KeyFindingsPage {

    /** How many risers, fallers, closest and furthest countries are named (more when tied). */
    static final int TOP = 3;

    private final ReportContext report;
    private final PublicationTexts texts;
    private final NumberText numbers;
    private final NoCurrentDataText noCurrentData;

    KeyFindingsPage(ReportContext report) {
        this.report = report;
        this.texts = report.texts();
        this.numbers = report.numbers();
        this.noCurrentData = new NoCurrentDataText(report.edition(), report.texts());
    }

    void add() {
        PublishedEdition edition = report.edition();
        KeyFindings findings = KeyFindings.of(edition.codebook(), edition.ranking(), TOP,
                noCurrentData.flaggedAmong(edition.ranking()).stream().map(r -> r.country().code())
                        .collect(Collectors.toSet()));
        report.document().add(report.body(texts.format("findings.intro", Integer.toString(edition.edition()))));

        report.document().add(report.subheading(texts.text("findings.leaders.title")));
        com.lowagie.text.List leaders = bullets();
        leaders.add(item(leaderSentence(findings.index(), "findings.index-leader", "findings.index-leaders", null)));
        for (KeyFindings.Leaders pillar : findings.pillars()) {
            Pillar named = edition.codebook().pillar(pillar.code()).orElseThrow();
            leaders.add(item(leaderSentence(pillar, "findings.pillar-leader", "findings.pillar-leaders",
                    texts.pillarName(named))));
        }
        report.document().add(leaders);
        KeyFindings.Spread spread = findings.spread();
        Paragraph spreadSentence = report.body(texts.format("findings.spread", numbers.score(spread.firstScore()),
                names(spread.first()), numbers.score(spread.lastScore()), names(spread.last()),
                numbers.score(spread.points())));
        spreadSentence.setSpacingBefore(4);
        report.document().add(spreadSentence);

        report.document().add(report.subheading(texts.format("findings.changes.title",
                report.previousEditionLabel())));
        findings.movers().ifPresentOrElse(this::addMovers,
                () -> report.document().add(report.body(texts.text("findings.no-previous"))));

        report.document().add(report.subheading(texts.text("findings.targets.title")));
        addTargets(findings.targets());
        String legend = noCurrentData.legend(report.previousEditionLabel());
        if (!legend.isEmpty()) {
            report.document().add(report.note(legend));
        }
    }

    private String leaderSentence(KeyFindings.Leaders leaders, String one, String tied, String pillar) {
        String key = leaders.countries().size() == 1 ? one : tied;
        return pillar == null
                ? texts.format(key, names(leaders.countries()), numbers.score(leaders.score()))
                : texts.format(key, names(leaders.countries()), numbers.score(leaders.score()), pillar);
    }

    private void addMovers(KeyFindings.Movers movers) {
        // "No country's score fell" would count the countries without current data, whose score cannot change.
        boolean allCurrent = movers.noCurrentData().isEmpty();
        com.lowagie.text.List list = bullets();
        list.add(item(movers.risers().isEmpty()
                ? texts.text(allCurrent ? "findings.no-risers" : "nocurrent.findings.no-risers")
                : texts.format("findings.risers", texts.and(movers.risers().stream().map(this::mover).toList()))));
        list.add(item(movers.fallers().isEmpty()
                ? texts.text(allCurrent ? "findings.no-fallers" : "nocurrent.findings.no-fallers")
                : texts.format("findings.fallers", texts.and(movers.fallers().stream().map(this::mover).toList()))));
        if (!allCurrent) {
            int ranked = report.edition().ranking().size();
            list.add(item(texts.format("nocurrent.findings.counted", Integer.toString(movers.compared(ranked)),
                    Integer.toString(ranked), report.previousEditionLabel(),
                    Integer.toString(movers.noCurrentData().size()),
                    texts.and(movers.noCurrentData().stream().map(r -> texts.format("nocurrent.legend.entry",
                            texts.countryName(r.country()), noCurrentData.reason(r))).toList()))));
        }
        report.document().add(list);
        if (!movers.notCompared().isEmpty()) {
            report.document().add(report.note(texts.format("findings.not-compared", names(movers.notCompared()))));
        }
    }

    /** "Estonia (+4.1 points, rank 8 → 5)". */
    private String mover(KeyFindings.Mover mover) {
        CountryResult result = mover.result();
        String country = texts.countryName(result.country());
        String change = numbers.change(java.util.OptionalDouble.of(mover.scoreChange()));
        if (result.previousRank().isEmpty()) {
            return texts.format("findings.mover.no-rank", country, change);
        }
        int previous = result.previousRank().getAsInt();
        return previous == result.rank()
                ? texts.format("findings.mover.rank-unchanged", country, change, Integer.toString(result.rank()))
                : texts.format("findings.mover", country, change, Integer.toString(previous),
                        Integer.toString(result.rank()));
    }

    private void addTargets(KeyFindings.TargetDistances targets) {
        if (targets.targeted().isEmpty()) {
            report.document().add(report.body(texts.text("findings.targets.none")));
            return;
        }
        List<String> codes = targets.targeted().stream().map(Indicator::code).toList();
        report.document().add(report.body(texts.format("findings.targets.definition",
                Integer.toString(report.edition().codebook().indicators().size()),
                Integer.toString(targets.targeted().size()), texts.and(codes))));
        com.lowagie.text.List list = bullets();
        list.add(item(texts.format("findings.targets.closest",
                texts.and(targets.closest().stream().map(this::distance).toList()))));
        list.add(item(texts.format("findings.targets.furthest",
                texts.and(targets.furthest().stream().map(this::distance).toList()))));
        report.document().add(list);
    }

    /** "Denmark (8.2 %, 4 of 6 targets reached)". */
    private String distance(KeyFindings.TargetDistance distance) {
        return texts.format("findings.targets.item",
                noCurrentData.name(distance.result(), texts.countryName(distance.result().country())),
                numbers.score(distance.meanGap() * 100), Integer.toString(distance.reached()),
                Integer.toString(distance.measured()));
    }

    /** The countries' names, each flagged when it has no current data. */
    private String names(List<CountryResult> countries) {
        return texts.and(CountryOrder.sorted(countries, texts).stream()
                .map(r -> noCurrentData.name(r, texts.countryName(r.country()))).toList());
    }

    private com.lowagie.text.List bullets() {
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol(new Chunk("\u2022", report.style().font(9.5f, report.style().primary())));
        return list;
    }

    /** A sentence as a bullet; lines break at spaces only, so that a sign never parts from its number. */
    private ListItem item(String sentence) {
        Chunk text = new Chunk(sentence, report.style().font(9.5f));
        text.setSplitCharacter(ReportStyle.SPACES_ONLY);
        ListItem item = new ListItem(13, text);
        item.setSpacingAfter(3);
        return item;
    }
}
