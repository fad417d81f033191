package eu.aireadiness.sample;

import java.util.Map;
import java.util.Set;

/**
 * The SOURCE an officer writes next to a value. Officers copy the Eurostat dataset code where the figure comes from
 * Eurostat; some name their national statistical institute, which collects the survey, instead. Other figures come from
 * registers, ministries or European bodies.
 */
final class SourceTexts {

    /** The national statistical institutes, as officers abbreviate them. */
    private static final Map<String, String> STATISTICAL_INSTITUTES = Map.ofEntries(
            Map.entry("AT", "Statistik Austria"), Map.entry("BE", "Statbel"),
            Map.entry("BG", "National Statistical Institute (NSI)"), Map.entry("CY", "CYSTAT"),
            Map.entry("CZ", "Czech Statistical Office (ČSÚ)"), Map.entry("DE", "Destatis"),
            Map.entry("DK", "Statistics Denmark"), Map.entry("EE", "Statistics Estonia"),
            Map.entry("EL", "ELSTAT (ΕΛΣΤΑΤ)"), Map.entry("ES", "INE"), Map.entry("FI", "Statistics Finland"),
            Map.entry("FR", "Insee"), Map.entry("HR", "Croatian Bureau of Statistics"), Map.entry("HU", "KSH"),
            Map.entry("IE", "CSO"), Map.entry("IT", "Istat"), Map.entry("LT", "State Data Agency"),
            Map.entry("LU", "STATEC"), Map.entry("LV", "Central Statistical Bureau of Latvia"),
            Map.entry("MT", "NSO Malta"), Map.entry("NL", "CBS"), Map.entry("PL", "Statistics Poland (GUS)"),
            Map.entry("PT", "INE Portugal"), Map.entry("RO", "INS"), Map.entry("SE", "Statistics Sweden (SCB)"),
            Map.entry("SI", "SURS"), Map.entry("SK", "Statistical Office of the Slovak Republic"));

    /** Officers who cite their own institute with the dataset code in brackets rather than Eurostat. */
    private static final Set<String> CITE_OWN_INSTITUTE = Set.of("AT", "DE", "FR", "IT", "PL");

    private static final Map<String, String> EUROSTAT_DATASETS = Map.of(
            "GRN1", "nrg_ind_ren", "GRN4", "nrg_pc_205", "SKL1", "isoc_sk_dskl_i21", "SKL3", "isoc_sks_itspt",
            "SKL4", "educ_uoe_grad04", "SKL5", "isoc_ai_iaigen", "DAT4", "isoc_cicce_use", "INV2", "rd_e_gerdtot",
            "ADO1", "isoc_eb_ai", "ADO5", "isoc_e_dii");

    private static final String DIGITAL_MINISTRY = "Ministry responsible for digital affairs";

    private SourceTexts() {
    }

    static String of(String country, String indicator) {
        if (indicator.equals("ADO2")) {
            return of(country, "ADO1");
        }
        String dataset = EUROSTAT_DATASETS.get(indicator);
        if (dataset != null) {
            return CITE_OWN_INSTITUTE.contains(country) ? institute(country) + " (" + dataset + ")" : "Eurostat " + dataset;
        }
        return switch (indicator) {
            case "CMP1" -> "National data-centre register";
            case "CMP2" -> "TOP500 list and EuroHPC JU";
            case "CMP3" -> DIGITAL_MINISTRY;
            case "CMP4" -> "EuroHPC JU";
            case "GRN2", "GRN3" -> "Energy Efficiency Directive data-centre reporting";
            case "GRN5" -> "Transmission system operator";
            case "SKL2" -> institute(country) + " AI skills survey";
            case "DAT1" -> "data.europa.eu Open Data Maturity";
            case "DAT2" -> "Data Spaces Support Centre";
            case "DAT3" -> "National open data portal";
            case "INV1" -> "Dealroom";
            case "INV3" -> "European Patent Office";
            case "INV4" -> "National start-up register";
            case "GOV1", "GOV2", "GOV3" -> DIGITAL_MINISTRY;
            case "ADO3" -> "eGovernment Benchmark";
            case "ADO4" -> "National register of public-sector algorithms";
            default -> throw new IllegalArgumentException("no sample source text for indicator " + indicator
                    + "; add one to SourceTexts");
        };
    }

    static String institute(String country) {
        String name = STATISTICAL_INSTITUTES.get(country);
        if (name == null) {
            throw new IllegalArgumentException("no statistical institute known for " + country);
        }
        return name;
    }
}
