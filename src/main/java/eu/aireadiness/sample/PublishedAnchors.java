package eu.aireadiness.sample;

/**
 * The published figures the first sample edition is anchored on, so that the sample ranks countries roughly as the
 * real statistics do.
 *
 * <p>Values are rounded recollections of the releases named in each comment, not copies of them; a few countries
 * are interpolated where the recollection was vague. The sample data built on them is illustrative and never to be
 * quoted as official. Indicators without a published series (CMP3, GRN2, GRN3, GRN5, SKL2, DAT2, DAT3, INV3, INV4,
 * GOV1-GOV3, ADO2, ADO4) are derived in {@link FirstEditionFigures}.
 */
final class PublishedAnchors {

    /** ADO1: enterprises (10+ persons employed) using at least one AI technology, %. Eurostat isoc_eb_ai, 2024. */
    static final AnchorTable AI_ENTERPRISES_2024 = AnchorTable.parse("""
            AT 20.2 BE 24.7 BG 6.5  CY 7.9  CZ 11.3 DE 19.8 DK 27.6 EE 13.9 EL 9.9  ES 11.3 FI 24.4 FR 9.9
            HR 11.8 HU 7.4  IE 14.9 IT 8.2  LT 9.8  LU 23.7 LV 8.8  MT 18.8 NL 22.7 PL 5.9  PT 8.6  RO 3.1
            SE 25.1 SI 14.2 SK 10.1
            """);

    /** SKL1: individuals 16-74 with at least basic digital skills, %. Eurostat isoc_sk_dskl_i21, 2023. */
    static final AnchorTable BASIC_DIGITAL_SKILLS_2023 = AnchorTable.parse("""
            AT 64.7 BE 59.4 BG 35.5 CY 49.5 CZ 69.1 DE 52.2 DK 69.6 EE 62.6 EL 52.4 ES 66.2 FI 82.0 FR 59.7
            HR 63.4 HU 58.9 IE 72.9 IT 45.8 LT 52.9 LU 60.1 LV 45.3 MT 61.2 NL 82.7 PL 44.3 PT 56.0 RO 27.7
            SE 66.9 SI 46.7 SK 51.3
            """);

    /** SKL3: ICT specialists, % of total employment. Eurostat isoc_sks_itspt, 2023. */
    static final AnchorTable ICT_SPECIALISTS_2023 = AnchorTable.parse("""
            AT 5.3 BE 5.8 BG 4.1 CY 4.2 CZ 4.4 DE 5.0 DK 6.0 EE 6.5 EL 2.5 ES 4.4 FI 7.6 FR 4.8 HR 4.4
            HU 4.6 IE 6.1 IT 3.9 LT 4.3 LU 6.9 LV 3.8 MT 6.0 NL 6.4 PL 3.6 PT 4.7 RO 2.6 SE 8.7 SI 4.6
            SK 4.0
            """);

    /** SKL4: ICT graduates, % of all tertiary graduates. Eurostat educ_uoe_grad04, 2022. */
    static final AnchorTable ICT_GRADUATES_2022 = AnchorTable.parse("""
            AT 6.8 BE 3.5 BG 4.2 CY 4.0 CZ 5.7 DE 5.3 DK 4.7 EE 9.6 EL 6.0 ES 4.4 FI 7.4 FR 3.1 HR 4.9
            HU 5.0 IE 8.5 IT 1.6 LT 4.6 LU 5.3 LV 4.2 MT 6.2 NL 4.6 PL 4.9 PT 2.4 RO 6.6 SE 4.6 SI 4.9
            SK 4.7
            """);

    /** SKL5: individuals 16-74 who used generative AI tools in the last 3 months, %. Eurostat isoc_ai_iaigen, 2025. */
    static final AnchorTable GENERATIVE_AI_USE_2025 = AnchorTable.parse("""
            AT 39.2 BE 40.5 BG 22.5 CY 44.0 CZ 40.1 DE 32.0 DK 48.4 EE 46.6 EL 35.9 ES 38.7 FI 45.8 FR 37.2
            HR 40.3 HU 30.1 IE 44.6 IT 19.9 LT 33.8 LU 41.0 LV 32.4 MT 46.5 NL 42.9 PL 22.6 PT 37.5 RO 17.8
            SE 43.9 SI 37.0 SK 37.5
            """);

    /** DAT1: Open Data Maturity score, %. data.europa.eu Open Data Maturity report, 2024. */
    static final AnchorTable OPEN_DATA_MATURITY_2024 = AnchorTable.parse("""
            AT 86 BE 70 BG 68 CY 94 CZ 87 DE 83 DK 86 EE 90 EL 72 ES 96 FI 84 FR 98 HR 80 HU 63 IE 96
            IT 91 LT 90 LU 82 LV 78 MT 70 NL 80 PL 95 PT 77 RO 74 SE 75 SI 88 SK 68
            """);

    /** DAT4: enterprises buying cloud computing services, %. Eurostat isoc_cicce_use, 2023. */
    static final AnchorTable CLOUD_ENTERPRISES_2023 = AnchorTable.parse("""
            AT 44.6 BE 53.4 BG 18.2 CY 49.0 CZ 48.1 DE 47.0 DK 69.5 EE 58.3 EL 24.5 ES 30.9 FI 78.3 FR 34.9
            HR 45.1 HU 26.2 IE 58.4 IT 61.4 LT 38.2 LU 37.1 LV 31.4 MT 66.4 NL 64.9 PL 55.7 PT 41.2 RO 18.4
            SE 71.6 SI 45.4 SK 39.5
            """);

    /** GRN1: renewable share of gross electricity consumption, %. Eurostat nrg_ind_ren (RES-E), 2023. */
    static final AnchorTable RENEWABLE_ELECTRICITY_2023 = AnchorTable.parse("""
            AT 87.8 BE 28.2 BG 25.6 CY 22.4 CZ 17.9 DE 52.5 DK 79.4 EE 37.7 EL 48.7 ES 56.9 FI 53.4 FR 30.1
            HR 61.6 HU 24.5 IE 40.7 IT 37.1 LT 36.0 LU 16.7 LV 55.9 MT 10.6 NL 48.0 PL 26.4 PT 63.0 RO 46.5
            SE 87.5 SI 38.6 SK 25.3
            """);

    /** GRN4: non-household electricity price, band ID, excluding VAT and recoverable taxes, EUR/kWh. Eurostat nrg_pc_205, 2024-S1. */
    static final AnchorTable ELECTRICITY_PRICE_2024 = AnchorTable.parse("""
            AT 0.1905 BE 0.1820 BG 0.1290 CY 0.2410 CZ 0.1880 DE 0.1985 DK 0.1420 EE 0.1310 EL 0.1530
            ES 0.1215 FI 0.0935 FR 0.1705 HR 0.1510 HU 0.1395 IE 0.2595 IT 0.2105 LT 0.1590 LU 0.1305
            LV 0.1480 MT 0.1400 NL 0.1720 PL 0.1815 PT 0.1290 RO 0.1690 SE 0.0830 SI 0.1480 SK 0.2010
            """);

    /** INV2: gross domestic expenditure on R&D, % of GDP. Eurostat rd_e_gerdtot, 2023. */
    static final AnchorTable RD_EXPENDITURE_2023 = AnchorTable.parse("""
            AT 3.34 BE 3.32 BG 0.77 CY 0.89 CZ 1.83 DE 3.11 DK 2.94 EE 1.78 EL 1.49 ES 1.49 FI 3.05 FR 2.22
            HR 1.39 HU 1.39 IE 0.99 IT 1.31 LT 0.98 LU 0.98 LV 0.80 MT 0.69 NL 2.23 PL 1.56 PT 1.70 RO 0.52
            SE 3.57 SI 2.13 SK 0.98
            """);

    /** ADO3: digital public services for citizens, score 0-100. eGovernment Benchmark 2024. */
    static final AnchorTable DIGITAL_PUBLIC_SERVICES_2024 = AnchorTable.parse("""
            AT 85 BE 80 BG 65 CY 68 CZ 70 DE 76 DK 88 EE 92 EL 64 ES 86 FI 92 FR 80 HR 67 HU 72 IE 84
            IT 74 LT 89 LU 90 LV 88 MT 98 NL 87 PL 72 PT 82 RO 52 SE 84 SI 78 SK 66
            """);

    /** ADO5: enterprises with high or very high digital intensity, %. Eurostat isoc_e_dii, 2023. */
    static final AnchorTable HIGH_DIGITAL_INTENSITY_2023 = AnchorTable.parse("""
            AT 33.5 BE 40.2 BG 10.4 CY 25.1 CZ 27.8 DE 28.9 DK 52.1 EE 26.7 EL 15.2 ES 25.3 FI 54.3 FR 23.8
            HR 26.9 HU 16.4 IE 34.6 IT 26.2 LT 28.4 LU 30.5 LV 15.8 MT 45.1 NL 47.2 PL 14.3 PT 24.6 RO 8.9
            SE 46.8 SI 33.2 SK 19.7
            """);

    /**
     * CMP1: installed data-centre IT power, MW (the submission unit). Orders of magnitude from industry market
     * reports for 2024 (Ireland and the FLAP-D markets largest); no official series exists.
     */
    static final AnchorTable DATA_CENTRE_MW_2024 = AnchorTable.parse("""
            AT 150 BE 250 BG 50 CY 12 CZ 120 DE 2700 DK 400 EE 30 EL 90 ES 500 FI 350 FR 1200 HR 25 HU 70
            IE 1300 IT 550 LT 40 LU 90 LV 15 MT 25 NL 1000 PL 250 PT 100 RO 60 SE 450 SI 15 SK 30
            """);

    /**
     * CMP2: public HPC and AI compute, PFLOP/s Rmax (the submission unit), summed over the TOP500 systems of June 2024
     * (LUMI, Leonardo, MareNostrum 5, JUWELS Booster, Jean Zay and Adastra, MeluXina, Vega, Karolina, Discoverer...).
     */
    static final AnchorTable PUBLIC_COMPUTE_PFLOPS_2024 = AnchorTable.parse("""
            AT 4.5 BE 3.2 BG 4.5 CY 0.4 CZ 9.6 DE 120 DK 6.0 EE 0.8 EL 1.2 ES 215 FI 390 FR 90 HR 0.6
            HU 5.0 IE 0.6 IT 260 LT 0.8 LU 13 LV 0.3 MT 0.2 NL 14 PL 30 PT 8.0 RO 0.5 SE 14 SI 7.0 SK 1.0
            """);

    /**
     * CMP2 a year later, TOP500 of June 2025 and EuroHPC announcements: JUPITER in Germany, Daedalus in Greece, the
     * first AI-factory systems (MUSICA in Austria, Mimer in Sweden, MeluXina-AI in Luxembourg).
     */
    static final AnchorTable PUBLIC_COMPUTE_PFLOPS_2025 = AnchorTable.parse("""
            AT 12 BE 4.0 BG 10 CY 0.6 CZ 14 DE 990 DK 8.0 EE 1.2 EL 90 ES 230 FI 420 FR 130 HR 1.0
            HU 6.5 IE 1.5 IT 320 LT 2.0 LU 28 LV 0.5 MT 0.3 NL 20 PL 40 PT 12 RO 1.0 SE 45 SI 10 SK 1.5
            """);

    /** INV1: venture capital invested in AI firms, EUR million (the submission unit). Dealroom and OECD.AI orders of magnitude, 2024. */
    static final AnchorTable AI_VENTURE_CAPITAL_EUR_M_2024 = AnchorTable.parse("""
            AT 150 BE 200 BG 30 CY 20 CZ 80 DE 2000 DK 250 EE 80 EL 50 ES 500 FI 250 FR 2500 HR 20 HU 40
            IE 300 IT 200 LT 60 LU 40 LV 20 MT 8 NL 800 PL 150 PT 120 RO 40 SE 700 SI 15 SK 15
            """);

    /**
     * CMP4: 2 hosts a EuroHPC AI factory, 1 an antenna, 0 none. Selections of December 2024 and March 2025
     * (first edition), simplified.
     */
    static final AnchorTable AI_FACTORY_2025 = AnchorTable.parse("""
            AT 2 BE 0 BG 2 CY 0 CZ 0 DE 2 DK 0 EE 0 EL 2 ES 2 FI 2 FR 2 HR 0 HU 0 IE 0 IT 2 LT 0 LU 2
            LV 0 MT 0 NL 0 PL 2 PT 0 RO 0 SE 2 SI 2 SK 0
            """);

    /** CMP4 after the selection of October 2025 and the first antennas (second edition), simplified. */
    static final AnchorTable AI_FACTORY_2026 = AnchorTable.parse("""
            AT 2 BE 1 BG 2 CY 1 CZ 2 DE 2 DK 0 EE 0 EL 2 ES 2 FI 2 FR 2 HR 0 HU 1 IE 1 IT 2 LT 2 LU 2
            LV 1 MT 1 NL 2 PL 2 PT 0 RO 2 SE 2 SI 2 SK 1
            """);

    private PublishedAnchors() {
    }
}
