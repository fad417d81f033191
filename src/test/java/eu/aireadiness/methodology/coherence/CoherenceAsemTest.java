package eu.aireadiness.methodology.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static eu.aireadiness.methodology.coherence.Textbook.cronbachAlpha;
import static eu.aireadiness.methodology.coherence.Textbook.pearson;
import static eu.aireadiness.methodology.coherence.Textbook.spearman;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * The coherence statistics of the ASEM Sustainable Connectivity index (COINr's example, see the README next to the
 * data), checked against the textbook formulas written out below with explicit sums, independent of Hipparchus.
 */
class CoherenceAsemTest {

    private static final double CLOSE = 1e-12;
    private static final List<String> PILLARS = List.of("Physical", "ConEcFin", "Political", "Instit", "P2P",
            "Environ", "Social", "SusEcFin");

    private static IndicatorTable scores;
    private static Map<String, String> parentOf;
    private static CoherenceReport report;

    @BeforeAll
    static void analyseAsem() throws IOException {
        parentOf = new LinkedHashMap<>();
        for (CSVRecord row : read("iMeta.csv")) {
            String type = row.get("Type");
            if (type.equals("Indicator") || type.equals("Aggregate")) {
                parentOf.put(row.get("iCode"), row.get("Parent")); // Index has a blank parent: the root
            }
        }
        List<CSVRecord> rows = read("aggregated.csv");
        List<String> codes = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
        codes.remove("uCode");
        List<String> units = new ArrayList<>();
        double[][] values = new double[rows.size()][codes.size()];
        for (int u = 0; u < rows.size(); u++) {
            units.add(rows.get(u).get("uCode"));
            for (int c = 0; c < codes.size(); c++) {
                values[u][c] = Double.parseDouble(rows.get(u).get(codes.get(c)));
            }
        }
        scores = new IndicatorTable(units, codes, values);
        report = Coherence.analyse(scores, parentOf, "Index", 0.3);
    }

    private static List<CSVRecord> read(String name) throws IOException {
        Reader reader = new InputStreamReader(CoherenceAsemTest.class.getResourceAsStream("/coherence/asem/" + name),
                StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(reader)) {
            return parser.getRecords();
        }
    }

    @Test
    void theTreeHas49Indicators8PillarsAnd2SubIndices() {
        assertThat(report.correlations()).hasSize(49 + 8 + 2);
        assertThat(report.correlations().stream().filter(row -> row.level() == 1)).hasSize(49);
        assertThat(report.aggregates()).extracting(AggregateCoherence::code)
                .containsExactlyInAnyOrder("Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social",
                        "SusEcFin", "Conn", "Sust", "Index");
        assertThat(report.aggregates().stream().filter(a -> a.level() == 2)).extracting(AggregateCoherence::code)
                .containsExactlyInAnyOrderElementsOf(PILLARS);
        assertThat(report.aggregate("Index").children()).containsExactly("Conn", "Sust");
        assertThat(report.aggregate("Index").level()).isEqualTo(4);
        assertThat(report.aggregate("Conn").children()).containsExactly("Physical", "ConEcFin", "Political",
                "Instit", "P2P");
        // Pillar sizes as listed in the data's METHOD.md
        Map<String, Integer> sizes = Map.of("ConEcFin", 5, "Instit", 6, "P2P", 8, "Physical", 8, "Political", 3,
                "Environ", 5, "Social", 9, "SusEcFin", 5);
        sizes.forEach((pillar, size) -> assertThat(report.aggregate(pillar).childCount()).as(pillar).isEqualTo(size));
        assertThat(report.aggregates()).allSatisfy(a -> assertThat(a.n()).isEqualTo(51));
    }

    @Test
    void pearsonAndSpearmanMatchTheTextbookFormulas() {
        CorrelationRow lpi = report.correlation("LPI");
        assertThat(lpi.parent()).isEqualTo("Physical");
        assertThat(lpi.nParent()).isEqualTo(51);
        assertThat(lpi.pearsonParent()).isCloseTo(pearson(col("LPI"), col("Physical")), within(CLOSE));
        assertThat(lpi.pearsonIndex()).isCloseTo(pearson(col("LPI"), col("Index")), within(CLOSE));
        assertThat(lpi.spearmanParent()).isCloseTo(spearman(col("LPI"), col("Physical")), within(CLOSE));
        assertThat(lpi.spearmanIndex()).isCloseTo(spearman(col("LPI"), col("Index")), within(CLOSE));

        // Tariff has many ties (18 distinct values among 51 units), so its Spearman needs average ranks
        CorrelationRow tariff = report.correlation("Tariff");
        assertThat(tariff.parent()).isEqualTo("Instit");
        assertThat(tariff.spearmanParent()).isCloseTo(spearman(col("Tariff"), col("Instit")), within(CLOSE));
        assertThat(tariff.spearmanIndex()).isCloseTo(spearman(col("Tariff"), col("Index")), within(CLOSE));

        CorrelationRow physical = report.correlation("Physical");
        assertThat(physical.parent()).isEqualTo("Conn");
        assertThat(physical.pearsonParent()).isCloseTo(pearson(col("Physical"), col("Conn")), within(CLOSE));
        assertThat(physical.pearsonIndex()).isCloseTo(pearson(col("Physical"), col("Index")), within(CLOSE));
    }

    @Test
    void cronbachAlphaAndFirstComponentMatchTheTextbookFormulas() {
        for (String pillar : PILLARS) {
            AggregateCoherence coherence = report.aggregate(pillar);
            List<double[]> children = coherence.children().stream().map(CoherenceAsemTest::col).toList();
            assertThat(coherence.cronbachAlpha()).as(pillar)
                    .isCloseTo(cronbachAlpha(children), within(CLOSE)).isLessThanOrEqualTo(1.0);
            assertThat(coherence.firstComponentShare()).as(pillar).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        }
        // Two children: the correlation matrix [[1, r], [r, 1]] has eigenvalues 1 ± r, share (1 + |r|) / 2
        double r = pearson(col("Conn"), col("Sust"));
        assertThat(report.aggregate("Index").firstComponentShare()).isCloseTo((1 + Math.abs(r)) / 2, within(CLOSE));
        // Three children: largest eigenvalue of a 3×3 correlation matrix in closed form
        assertThat(report.aggregate("Political").firstComponentShare())
                .isCloseTo(largestEigenvalueOf3x3Correlation("Political") / 3, within(1e-10));
    }

    @Test
    void everyFlagMatchesTheCorrelationsComputedByHand() {
        Set<String> expected = new HashSet<>();
        for (AggregateCoherence aggregate : report.aggregates()) {
            List<String> children = aggregate.children();
            for (int i = 0; i < children.size(); i++) {
                double withParent = pearson(col(children.get(i)), col(aggregate.code()));
                if (withParent < 0) {
                    expected.add("NEGATIVE " + children.get(i));
                } else if (withParent < 0.3) {
                    expected.add("WEAK " + children.get(i));
                }
                for (int j = i + 1; j < children.size(); j++) {
                    if (pearson(col(children.get(i)), col(children.get(j))) < 0) {
                        expected.add("NEGATIVE_PAIR " + children.get(i) + " " + children.get(j));
                    }
                }
            }
        }
        List<String> found = report.flags().stream()
                .map(f -> (f.kind() + " " + f.code() + " " + f.pairedWith()).strip()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found).isNotEmpty(); // ASEM has trade-offs (e.g. within the sustainability pillars)
    }

    private static double[] col(String code) {
        return scores.column(code);
    }

    /**
     * For R = I + A with A's off-diagonals a, b, c (zero diagonal), the eigenvalues of A solve
     * λ³ − pλ − 2abc = 0 with p = a² + b² + c²; the largest root is 2 sqrt(p/3) cos(φ) with
     * cos(3φ) = (2abc / 2) · (3/p)^{3/2} (Viète's trigonometric solution).
     */
    private static double largestEigenvalueOf3x3Correlation(String aggregate) {
        List<String> c = report.aggregate(aggregate).children();
        double a = pearson(col(c.get(0)), col(c.get(1)));
        double b = pearson(col(c.get(0)), col(c.get(2)));
        double d = pearson(col(c.get(1)), col(c.get(2)));
        double p = a * a + b * b + d * d;
        double cos3phi = Math.max(-1, Math.min(1, a * b * d * Math.pow(3 / p, 1.5)));
        return 1 + 2 * Math.sqrt(p / 3) * Math.cos(Math.acos(cos3phi) / 3);
    }
}
