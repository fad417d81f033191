package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;

/**
 * The report's structure and front matter, read back with PDFBox in the three languages: the outline and the
 * contents, the key findings, the ranking with rank intervals, the tables per pillar, and the metadata.
 */
class ReportFrontMatterTest {

    static final List<String> LANGUAGES = List.of("en", "de", "fr");
    static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static final Map<String, ReportPdf> reports = new HashMap<>();
    static final Map<String, PublicationTexts> texts = new HashMap<>();

    @BeforeAll
    static void publish() throws IOException {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        for (String language : LANGUAGES) {
            reports.put(language, ReportPdf.read(output.resolve("2026/AIRI-2026-report-" + language + ".pdf")));
            texts.put(language, PublicationTexts.load(PublisherPdfTest.TEMPLATES, language));
        }
    }

    @Test
    void theOutlineHasTheChaptersInOrder() {
        assertThat(reports.get("en").bookmarks()).extracting(ReportPdf.Bookmark::title).containsExactly(
                "Contents", "How to read this report", "Data coverage", "Key findings", "Ranking",
                "Index score by country", "Changes since the 2025 edition", "Results by pillar", "Country profiles",
                "Methodology annex", "Data annex", "About this publication");
        assertThat(reports.get("de").bookmarks()).extracting(ReportPdf.Bookmark::title).containsExactly(
                "Inhalt", "Hinweise zum Lesen dieses Berichts", "Datenabdeckung", "Wichtigste Ergebnisse",
                "Rangfolge", "Indexwert nach Land", "Veränderungen gegenüber der Ausgabe 2025",
                "Ergebnisse nach Säulen", "Länderprofile",
                "Methodischer Anhang", "Datenanhang", "Über diese Veröffentlichung");
        assertThat(reports.get("fr").bookmarks()).extracting(ReportPdf.Bookmark::title).containsExactly(
                "Sommaire", "Comment lire ce rapport", "Couverture des données", "Principaux résultats",
                "Classement", "Score de l’indice par pays", "Évolutions depuis l’édition 2025",
                "Résultats par pilier", "Profils par pays",
                "Annexe méthodologique", "Annexe des données", "À propos de cette publication");
        ReportPdf en = reports.get("en");
        assertThat(en.bookmark("Contents").page()).isEqualTo(2);
        assertThat(en.bookmarks()).extracting(ReportPdf.Bookmark::page).isSorted();
    }

    @Test
    void everyCountryHasABookmarkToThePageThatStartsWithItsHeading() throws IOException {
        for (String language : LANGUAGES) {
            ReportPdf report = reports.get(language);
            ReportPdf.Bookmark profiles = report.bookmark(texts.get(language).text("contents.profiles"));
            assertThat(profiles.children()).hasSize(27);
            assertThat(profiles.page()).isEqualTo(profiles.children().get(0).page());
            for (int i = 0; i < edition.ranking().size(); i++) {
                CountryResult result = edition.ranking().get(i);
                String heading = texts.get(language).countryWithOwnName(result.country());
                ReportPdf.Bookmark bookmark = profiles.children().get(i);
                assertThat(bookmark.title()).as(language + " " + result.country().code()).isEqualTo(heading);
                // The profile's header line (index, edition, publisher) comes first, then its heading.
                assertThat(report.page(bookmark.page()).lines().skip(1).findFirst().orElse(""))
                        .as(language + " page " + bookmark.page()).startsWith(heading);
            }
        }
        assertThat(reports.get("de").bookmark("Länderprofile").child("Griechenland (Ελλάδα)")).isNotNull();
    }

    @Test
    void theContentsListEveryChapterAndSectionWithThePageItsBookmarkOpens() throws IOException {
        for (String language : LANGUAGES) {
            ReportPdf report = reports.get(language);
            List<String> expected = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (ReportPdf.Bookmark chapter : report.bookmarks().subList(1, report.bookmarks().size())) {
                expected.add(chapter.title() + " " + chapter.page());
                pages.add(chapter.page());
                for (ReportPdf.Bookmark section : chapter.children()) {
                    expected.add(section.title() + " " + section.page());
                    pages.add(section.page());
                }
            }
            // Each line links to its chapter twice: from its title and from its page number.
            assertThat(report.linkTargets(2).stream().distinct().toList()).as(language)
                    .isEqualTo(pages.stream().distinct().toList());
            List<String> listed = new ArrayList<>();
            Pattern line = Pattern.compile("(.*\\S)\\s+(\\d+)");
            for (String text : report.pageAsSeen(2).lines().toList()) {
                Matcher m = line.matcher(text.strip());
                if (m.matches() && !text.contains("AIRI 2026")) {
                    listed.add(m.group(1) + " " + m.group(2));
                }
            }
            // PDFBox's positional extraction may part a bold line's first letter from the rest ("H ow"): compare
            // the lines without their spaces.
            assertThat(listed.stream().map(l -> l.replace(" ", "")).toList()).as(language)
                    .containsExactlyElementsOf(expected.stream().map(l -> l.replace(" ", "")).toList());
        }
        assertThat(reports.get("en").pageAsSeen(2).replaceAll("\\s+", "")).contains("Ranking6", "Skills(SKL)11");
    }

    @Test
    void theRankingShowsEveryCountrysRankIntervalOnOnePage() throws IOException {
        ReportPdf report = reports.get("en");
        int page = report.bookmark("Ranking").page();
        assertThat(report.pageAfter("Ranking")).isEqualTo(page + 1);
        List<String> lines = report.page(page).lines().toList();
        for (CountryResult result : edition.ranking()) {
            RankInterval interval = result.rankInterval().orElseThrow();
            int low = (int) Math.floor(interval.low());
            int high = (int) Math.ceil(interval.high());
            String printed = low == high ? Integer.toString(low) : low + "\u2013" + high;
            String row = result.rank() + " " + SampleEdition.flagged(result.country().code(),
                    texts.get("en").countryWithOwnName(result.country())) + " " + oneDecimal(result.indexScore()) + " "
                    + printed + " ";
            assertThat(lines).as(result.country().code()).anyMatch(l -> l.startsWith(row));
        }
        assertThat(report.flatPage(page)).contains("Rank range: the 5th to the 95th percentile of the country’s ranks"
                + " over 1,000 replications of the uncertainty analysis, in which the weights of the indicators and"
                + " pillars (each multiplied by a random factor between 0.75 and 1.25) and the normalisation (fixed"
                + " goalposts or min-max over the countries) vary");
    }

    @Test
    void eachPillarTableListsTheCountriesInThePillarsRankOrderOnOnePage() throws IOException {
        for (String language : LANGUAGES) {
            ReportPdf report = reports.get(language);
            PublicationTexts words = texts.get(language);
            ReportPdf.Bookmark chapter = report.bookmark(words.text("pillars.title"));
            assertThat(chapter.children()).hasSize(edition.codebook().pillars().size());
            for (int p = 0; p < edition.codebook().pillars().size(); p++) {
                Pillar pillar = edition.codebook().pillars().get(p);
                ReportPdf.Bookmark section = chapter.children().get(p);
                assertThat(section.page()).isEqualTo(chapter.page() + p);
                List<String> lines = report.page(section.page()).lines().toList();
                List<CountryResult> order = edition.ranking().stream()
                        .sorted(Comparator.comparingInt((CountryResult r) -> r.pillars().get(pillar.code()).rank())
                                .thenComparing(r -> r.country().code()))
                        .toList();
                int previousLine = -1;
                for (CountryResult result : order) {
                    PillarScore score = result.pillars().get(pillar.code());
                    String row = score.rank() + " " + SampleEdition.flagged(result.country().code(),
                            words.countryWithOwnName(result.country())) + " "
                            + localised(oneDecimal(score.score()), language) + " ";
                    int line = indexOfLineStartingWith(lines, row);
                    assertThat(line).as(language + " " + pillar.code() + " " + row).isGreaterThan(previousLine);
                    previousLine = line;
                }
            }
            ReportPdf.Bookmark last = chapter.children().get(chapter.children().size() - 1);
            assertThat(report.pageAfter(chapter.title())).isEqualTo(last.page() + 1);
        }
    }

    @Test
    void theKeyFindingsNameTheLeaderOfEveryPillarWithTheSameNumberInEveryLanguage() throws IOException {
        for (String language : LANGUAGES) {
            ReportPdf report = reports.get(language);
            PublicationTexts words = texts.get(language);
            String findings = report.flatPage(report.bookmark(words.text("findings.title")).page());
            for (Pillar pillar : edition.codebook().pillars()) {
                CountryResult leader = edition.ranking().stream()
                        .max(Comparator.comparingDouble(r -> r.pillars().get(pillar.code()).score())).orElseThrow();
                String score = localised(oneDecimal(leader.pillars().get(pillar.code()).score()), language);
                assertThat(findings).as(language + " " + pillar.code()).contains(words.format(
                        "findings.pillar-leader", words.countryName(leader.country()), score, words.pillarName(pillar)));
            }
        }
        String english = reports.get("en").flatPage(reports.get("en").bookmark("Key findings").page());
        assertThat(english).contains("First in the index: Sweden, with a score of 52.7.",
                "Index scores range from 52.7 (Sweden) to 45.2 (Finland)",
                "Not compared, for want of a comparable previous score: Croatia.",
                "Of the 30 indicators, 6 have a 2030 target (CMP3, SKL1, SKL2, DAT4, ADO1 and ADO3).");
    }

    @Test
    void theThreeLanguagesAgreeOnEveryNumberOfTheTablesAndDifferInTheirHeadings() throws IOException {
        Map<String, List<String>> numbers = new HashMap<>();
        for (String language : LANGUAGES) {
            ReportPdf report = reports.get(language);
            int ranking = report.bookmark(texts.get(language).text("ranking.title")).page();
            int pillars = report.bookmark(texts.get(language).text("pillars.title")).page();
            List<String> found = new ArrayList<>();
            for (int page = ranking; page < pillars + edition.codebook().pillars().size(); page++) {
                // A table row starts with its rank and has at least 5 numbers (a wrapped header line has fewer).
                for (String row : report.page(page).lines().filter(l -> l.matches("\\d+ .*")).toList()) {
                    List<String> inRow = new ArrayList<>();
                    Matcher m = NUMBER.matcher(row.replaceAll("\\p{L}[\\p{L}\\d]*", " "));
                    while (m.find()) {
                        inRow.add(m.group().replace(',', '.'));
                    }
                    if (inRow.size() >= 5) {
                        found.addAll(inRow);
                    }
                }
            }
            numbers.put(language, found);
        }
        assertThat(numbers.get("en")).hasSizeGreaterThan(27 * 12);
        assertThat(numbers.get("de")).isEqualTo(numbers.get("en"));
        assertThat(numbers.get("fr")).isEqualTo(numbers.get("en"));
        assertThat(reports.get("de").flatPage(reports.get("de").bookmark("Rangfolge").page())).contains("52,7");
        for (int i = 0; i < reports.get("en").bookmarks().size(); i++) {
            String en = reports.get("en").bookmarks().get(i).title();
            assertThat(reports.get("de").bookmarks().get(i).title()).isNotEqualTo(en);
            assertThat(reports.get("fr").bookmarks().get(i).title()).isNotEqualTo(en)
                    .isNotEqualTo(reports.get("de").bookmarks().get(i).title());
        }
    }

    @Test
    void theMetadataAreInTheReportsLanguageAndTheViewerOpensTheOutline() throws IOException {
        Map<String, String> titles = Map.of("en", "European AI Readiness Index 2026",
                "de", "Europäischer Index der KI-Bereitschaft 2026", "fr", "Indice européen de préparation à l’IA 2026");
        for (String language : LANGUAGES) {
            try (PDDocument document = Loader.loadPDF(output.resolve("2026/AIRI-2026-report-" + language + ".pdf")
                    .toFile())) {
                var info = document.getDocumentInformation();
                assertThat(info.getTitle()).isEqualTo(titles.get(language));
                assertThat(info.getAuthor()).isEqualTo("European AI Readiness Office");
                assertThat(info.getSubject()).startsWith(titles.get(language));
                assertThat(info.getKeywords()).startsWith(titles.get(language).replace(" 2026", "") + ", 2026, ");
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
                assertThat(document.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
                assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            }
            assertThat(reports.get(language).flatPage(1)).contains(titles.get(language));
        }
    }

    private static int indexOfLineStartingWith(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    static String oneDecimal(double score) {
        return new BigDecimal(score).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String localised(String number, String language) {
        return "en".equals(language) ? number : number.replace('.', ',');
    }
}
