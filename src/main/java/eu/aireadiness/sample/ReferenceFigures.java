package eu.aireadiness.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.ReferenceValue;

/**
 * The denominators of the sample editions: population and GDP of the 27 countries.
 *
 * <p>Each edition divides by the latest figures published when its submissions are due: the 2025 edition by the
 * population on 1 January 2024 and the GDP of 2023, the 2026 edition by the population on 1 January 2025 and the GDP
 * of 2024. The numbers are rounded recollections of the Eurostat releases named in {@link #POP_SOURCE} and
 * {@link #GDP_SOURCE}: plausible, not official.
 */
final class ReferenceFigures {

    static final String POPULATION = "POP";
    static final String GDP = "GDP";

    private static final Map<Integer, String> POP_SOURCE = Map.of(
            SampleEditions.FIRST, "Eurostat demo_pjan (tps00001), population on 1 January 2024",
            SampleEditions.SECOND, "Eurostat demo_pjan (tps00001), population on 1 January 2025");
    private static final Map<Integer, String> GDP_SOURCE = Map.of(
            SampleEditions.FIRST, "Eurostat nama_10_gdp, GDP at current market prices 2023",
            SampleEditions.SECOND, "Eurostat nama_10_gdp, GDP at current market prices 2024");

    /** Persons on 1 January 2024. */
    private static final AnchorTable POP_2024 = AnchorTable.parse("""
            AT 9158750  BE 11832049 BG 6445481  CY 933505   CZ 10900555 DE 83445000 DK 5961249
            EE 1374687  EL 10397193 ES 48619695 FI 5603851  FR 68401997 HR 3861967  HU 9584627
            IE 5271395  IT 58989749 LT 2885891  LU 672050   LV 1871882  MT 563443   NL 17942942
            PL 36620970 PT 10639726 RO 19064409 SE 10551707 SI 2123949  SK 5424687
            """);

    /** Persons on 1 January 2025. */
    private static final AnchorTable POP_2025 = AnchorTable.parse("""
            AT 9197213  BE 11883495 BG 6437360  CY 966365   CZ 10909500 DE 83577140 DK 5992734
            EE 1369995  EL 10400720 ES 49077984 FI 5635971  FR 68635943 HR 3866233  HU 9539502
            IE 5351681  IT 58934177 LT 2890664  LU 681973   LV 1856932  MT 574250   NL 18044027
            PL 36497495 PT 10749635 RO 19036031 SE 10587710 SI 2130638  SK 5419451
            """);

    /** GDP at current market prices 2023, EUR million. */
    private static final AnchorTable GDP_2023 = AnchorTable.parse("""
            AT 477300  BE 583800  BG 93900   CY 31900   CZ 305500  DE 4185600 DK 387900
            EE 38000   EL 220300  ES 1498300 FI 276900  FR 2822500 HR 77900   HU 197100
            IE 510000  IT 2128000 LT 72000   LU 79300   LV 40300   MT 20300   NL 1034000
            PL 750800  PT 266400  RO 324600  SE 541100  SI 63000   SK 122000
            """);

    /** GDP at current market prices 2024, EUR million. */
    private static final AnchorTable GDP_2024 = AnchorTable.parse("""
            AT 481900  BE 614100  BG 103700  CY 34400   CZ 321900  DE 4305300 DK 397000
            EE 39600   EL 236600  ES 1594300 FI 280300  FR 2919900 HR 85500   HU 206900
            IE 562200  IT 2192200 LT 78400   LU 83200   LV 40800   MT 22400   NL 1133400
            PL 848100  PT 285200  RO 353900  SE 550800  SI 67100   SK 132200
            """);

    private ReferenceFigures() {
    }

    /** POP and GDP of every country for both editions, country by country in the order given. */
    static List<ReferenceValue> values(List<Country> countries) {
        List<ReferenceValue> values = new ArrayList<>();
        for (Country country : countries) {
            for (int edition : SampleEditions.ALL) {
                String code = country.code();
                values.add(new ReferenceValue(code, edition, POPULATION, population(code, edition), "NR",
                        POP_SOURCE.get(edition)));
                values.add(new ReferenceValue(code, edition, GDP, gdpTable(edition).of(code), "EUR_M",
                        GDP_SOURCE.get(edition)));
            }
        }
        return values;
    }

    /** Persons, as the given edition divides by. */
    static double population(String country, int edition) {
        return (edition == SampleEditions.FIRST ? POP_2024 : POP_2025).of(country);
    }

    private static AnchorTable gdpTable(int edition) {
        return edition == SampleEditions.FIRST ? GDP_2023 : GDP_2024;
    }
}
