package eu.aireadiness.sample;

import static eu.aireadiness.sample.FileLayout.comma;
import static eu.aireadiness.sample.FileLayout.commaWithBom;
import static eu.aireadiness.sample.FileLayout.semicolon;
import static eu.aireadiness.sample.FileLayout.semicolonWithBom;
import static eu.aireadiness.sample.FileLayout.xlsx;
import static eu.aireadiness.sample.SampleEditions.FIRST;
import static eu.aireadiness.sample.SampleEditions.SECOND;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.aireadiness.framework.Country;
import eu.aireadiness.submission.ObsStatus;

/**
 * What each officer sends in the sample, chosen to look like a real intake round so that the pipeline meets what it
 * will meet in production:
 * <ul>
 *   <li>most officers send comma-separated UTF-8 CSV; those working with Excel or Calc in a European locale (AT, DE,
 *       ES, FR, IT, PL, and PT in its second year after a change of tool) send semicolons with decimal commas;
 *       Excel's "CSV UTF-8" adds a byte-order mark (AT, BG, DE, EL, FR, LU, PL);</li>
 *   <li>CZ, IE, NL and SE fill in a workbook (one sheet "Data", numbers as numeric cells, empty cells for missing);</li>
 *   <li>file names are the officers' own, no two countries alike;</li>
 *   <li>HU has not sent its 2026 figures yet;</li>
 *   <li>SK's 2026 file has three errors a validator must reject (see {@link DeliberateErrors}); its 2025 file is fine;</li>
 *   <li>{@link #ANNOTATIONS}: a few estimates and provisional values with a note, and three missing values, in files
 *       that are otherwise accepted; one note contains a comma and one a semicolon, to exercise quoting.</li>
 * </ul>
 */
final class Scenarios {

    static final List<CountryScenario> ALL = List.of(
            CountryScenario.both("AT", semicolonWithBom("AIRI_2025_AT.csv"), semicolonWithBom("AIRI_2026_AT.csv")),
            CountryScenario.both("BE", comma("BE_AI_readiness_2025.csv"), comma("BE_AI_readiness_2026.csv")),
            CountryScenario.both("BG", commaWithBom("bg-airi-2025.csv"), commaWithBom("bg-airi-2026.csv")),
            CountryScenario.both("CY", comma("CY_AIRI_submission_2025.csv"), comma("CY_AIRI_submission_2026.csv")),
            CountryScenario.both("CZ", xlsx("AIRI_CZ_2025.xlsx"), xlsx("AIRI_CZ_2026.xlsx")),
            CountryScenario.both("DE", semicolonWithBom("AIRI_2025_DE.csv"), semicolonWithBom("AIRI_2026_DE.csv")),
            CountryScenario.both("DK", comma("DK_AI-readiness_2025.csv"), comma("DK_AI-readiness_2026.csv")),
            CountryScenario.both("EE", comma("EE-AI-readiness-2025.csv"), comma("EE-AI-readiness-2026.csv")),
            CountryScenario.both("EL", commaWithBom("EL_AIRI_2025.csv"), commaWithBom("EL_AIRI_2026.csv")),
            CountryScenario.both("ES", semicolon("ES_AIRI_2025_final.csv"), semicolon("ES_AIRI_2026_final.csv")),
            CountryScenario.both("FI", comma("FI_airi_2025.csv"), comma("FI_airi_2026.csv")),
            CountryScenario.both("FR", semicolonWithBom("AIRI-2025-FR.csv"), semicolonWithBom("AIRI-2026-FR.csv")),
            CountryScenario.both("HR", comma("HR_AIRI_2025.csv"), comma("HR_AIRI_2026.csv")),
            CountryScenario.firstOnly("HU", comma("HU_AIRI_2025.csv")),
            CountryScenario.both("IE", xlsx("IE_AIRI_2025.xlsx"), xlsx("IE_AIRI_2026.xlsx")),
            CountryScenario.both("IT", semicolon("AIRI_2025_IT.csv"), semicolon("AIRI_2026_IT.csv")),
            CountryScenario.both("LT", comma("LT_AIRI_2025.csv"), comma("LT_AIRI_2026.csv")),
            CountryScenario.both("LU", commaWithBom("LU-AIRI-2025.csv"), commaWithBom("LU-AIRI-2026.csv")),
            CountryScenario.both("LV", comma("LV_AIRI_2025.csv"), comma("LV_AIRI_2026.csv")),
            CountryScenario.both("MT", comma("MT_AIRI_2025.csv"), comma("MT_AIRI_2026.csv")),
            CountryScenario.both("NL", xlsx("AIRI_NL_2025.xlsx"), xlsx("AIRI_NL_2026.xlsx")),
            CountryScenario.both("PL", semicolonWithBom("AIRI_2025_PL.csv"), semicolonWithBom("AIRI_2026_PL.csv")),
            CountryScenario.both("PT", comma("PT_AIRI_2025.csv"), semicolon("PT_AIRI_2026.csv")),
            CountryScenario.both("RO", comma("RO_AIRI_2025.csv"), comma("RO_AIRI_2026.csv")),
            CountryScenario.both("SE", xlsx("SE_AIRI_2025.xlsx"), xlsx("SE_AIRI_2026.xlsx")),
            CountryScenario.both("SI", comma("SI_AIRI_2025.csv"), comma("SI_AIRI_2026.csv")),
            CountryScenario.secondWithErrors("SK", comma("SK_AIRI_2025.csv"), comma("SK_AIRI_2026.csv")));

    static final List<Annotation> ANNOTATIONS = List.of(
            new Annotation("AT", SECOND, "GRN5", ObsStatus.E, "Estimate of the transmission system operator"),
            new Annotation("BE", SECOND, "CMP1", ObsStatus.P, "Provisional: data-centre register update pending"),
            new Annotation("EL", FIRST, "SKL2", ObsStatus.E, "Εκτίμηση (estimate) based on training-provider reports"),
            new Annotation("PT", SECOND, "INV1", ObsStatus.P, "Provisional: deals of Q4 2025 not yet final"),
            new Annotation("LV", FIRST, "ADO4", ObsStatus.E, "Estimate based on 2024 survey of ministries"),
            new Annotation("IT", SECOND, "GRN3", ObsStatus.E, "Estimate, EED reporting for 2025 incomplete"),
            new Annotation("FR", SECOND, "INV4", ObsStatus.P, "Provisional, start-up register update in progress"),
            new Annotation("DK", SECOND, "SKL2", ObsStatus.E, "Estimate based on 2025 survey"),
            new Annotation("NL", SECOND, "DAT3", ObsStatus.P, "Provisional: API of one category in test"),
            new Annotation("MT", FIRST, "GRN5", ObsStatus.M,
                    "No data centre above 10 MW requested a connection in the reference period"),
            new Annotation("CY", SECOND, "INV3", ObsStatus.M, "Not available before the submission deadline"),
            new Annotation("SE", FIRST, "GRN3", ObsStatus.M, "Not collected in 2024"),
            new Annotation("LT", SECOND, "CMP1", ObsStatus.A, "Includes the Vilnius and Kaunas sites, excluding edge nodes"),
            new Annotation("DE", SECOND, "CMP2", ObsStatus.A, "JUPITER exascale system included; Rmax of June 2025"),
            new Annotation("ES", FIRST, "GOV2", ObsStatus.A, "Pilot sandbox under Royal Decree 817/2023"),
            new Annotation("IE", SECOND, "GRN5", ObsStatus.A, "Greater Dublin area: connections subject to the 2021 CRU decision"));

    private Scenarios() {
    }

    /** The scenarios of the given countries, in their order; every country needs one. */
    static List<CountryScenario> forCountries(List<Country> countries) {
        Set<String> known = ALL.stream().map(CountryScenario::country).collect(Collectors.toSet());
        return countries.stream().map(country -> ALL.stream()
                        .filter(s -> s.country().equals(country.code()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("countries.csv lists " + country.code()
                                + ", for which the sample generator has no scenario; it knows " + known)))
                .toList();
    }
}
