package eu.aireadiness.publication;

/** The page of the map of Europe coloured by index score, after the ranking: title, how to read it, map, sources. */
final class MapPage {

    private final ReportContext report;

    MapPage(ReportContext report) {
        this.report = report;
    }

    void add() {
        PublicationTexts texts = report.texts();
        ScoreClasses classes = ScoreClasses.quantiles(report.edition().ranking(),
                report.branding().mapClasses().size());
        report.document().add(report.body(texts.format("map.intro", Integer.toString(classes.classes().size()))));
        float width = report.document().right() - report.document().left();
        report.document().figure(new EuropeMap(report, CountryShapes.load()).draw(classes, width),
                FigureTexts.map(report, classes));
        report.document().add(report.note(texts.text("map.source")));
    }
}
