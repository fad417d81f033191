package eu.aireadiness.publication;

/**
 * The page of the map of Europe coloured by index score, after the ranking: title, how to read it, the map with its
 * country codes and legend, how it is labelled, and its sources.
 */
final class MapPage {

    private final ReportContext report;

    MapPage(ReportContext report) {
        this.report = report;
    }

    void add() {
        PublicationTexts texts = report.texts();
        ScoreClasses classes = classes();
        report.document().add(report.body(texts.format("map.intro", Integer.toString(classes.classes().size()))));
        float width = report.document().right() - report.document().left();
        EuropeMap map = new EuropeMap(report, CountryShapes.load());
        report.document().figure(map.draw(classes, width), map.altText(classes));
        String legend = new NoCurrentDataText(report.edition(), texts).legend(report.previousEditionLabel());
        if (!legend.isEmpty()) {
            report.document().add(report.note(texts.format("nocurrent.map", legend)));
        }
        report.document().add(report.note(texts.text("map.labels")));
        report.document().add(report.note(texts.text("map.source")));
    }

    private ScoreClasses classes() {
        return ScoreClasses.quantiles(report.edition().ranking(), report.branding().mapClasses().size());
    }
}
