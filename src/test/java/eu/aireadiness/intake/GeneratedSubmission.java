package eu.aireadiness.intake;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Large valid submissions, the same on every run, for the intake benchmark and the tests of large files. A file
 * holds one row per indicator of the codebook, so a valid file of a million rows needs a codebook of a million
 * indicators: the codebook is generated (one pillar, indicators B0000001, B0000002, ...; every fifth is a national
 * total divided by population, as CMP1 is), while countries, editions and reference data are the shipped ones. The
 * submission is Slovakia's for 2026, written as officers write it: estimated and missing values, sources, notes.
 */
public final class GeneratedSubmission {

    public static final String COUNTRY = "SK";
    public static final String HEADER =
            "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n";

    private GeneratedSubmission() {
    }

    /** Writes a codebook of {@code indicators} into the input folder, with the shipped countries and reference data. */
    public static void inputFolder(Path input, int indicators) throws IOException {
        Files.createDirectories(input.resolve(COUNTRY));
        for (String shipped : new String[] {"countries.csv", "editions.csv", "reference-data.csv"}) {
            Files.copy(Path.of("input", shipped), input.resolve(shipped), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Writer codebook = Files.newBufferedWriter(input.resolve("codebook.csv"), StandardCharsets.UTF_8)) {
            codebook.write("code,name,level,parent,direction,weight,submission_unit,denominator,scale,unit,"
                    + "plausible_min,plausible_max,goal_floor,goal_target,target_2030,target_source,definition\n");
            codebook.write("INDEX,Generated index,3,,+,1,,,,score 0-100,,,,,,,Mean of the pillar.\n");
            codebook.write("P,Generated pillar,2,INDEX,+,1,,,,score 0-100,,,,,,,Mean of the generated indicators.\n");
            for (int i = 1; i <= indicators; i++) {
                codebook.write(denominated(i)
                        ? code(i) + ",Generated capacity " + i + ",1,P,+,1,MW,POP,1000000,MW per million population,"
                                + "0,1000,5,300,,,Generated for tests and benchmarks; divided by population.\n"
                        : code(i) + ",Generated share " + i + ",1,P,+,1,PC,,1,%,0,100,0,100,,,"
                                + "Generated for tests and benchmarks.\n");
            }
        }
    }

    /** Writes the submission of the codebook's first {@code rows} indicators into the folder of Slovakia. */
    public static Path write(Path input, String fileName, int rows) throws IOException {
        Path file = input.resolve(COUNTRY).resolve(fileName);
        try (Writer csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write(HEADER);
            for (int i = 1; i <= rows; i++) {
                csv.write(row(i));
            }
        }
        return file;
    }

    /**
     * The row of the i-th indicator, on line i + 1: a value within the plausible range, every 10th estimated, every
     * 50th missing, every 20th with a note.
     */
    public static String row(int i) {
        boolean missing = i % 50 == 0;
        String value = missing ? "" : denominated(i) ? String.format(Locale.ROOT, "%.1f", (i % 997) * 1.3)
                : String.format(Locale.ROOT, "%.2f", (i % 9973) / 100.0);
        String status = missing ? "M" : i % 10 == 0 ? "E" : "";
        String note = i % 20 == 0 ? "Break in series: new survey from 2026" : "";
        return COUNTRY + ",2026," + code(i) + "," + value + "," + (denominated(i) ? "MW" : "PC") + "," + status
                + ",Statistical Office of the Slovak Republic," + note + "\n";
    }

    public static String code(int i) {
        return String.format(Locale.ROOT, "B%07d", i);
    }

    private static boolean denominated(int i) {
        return i % 5 == 0;
    }
}
