package eu.aireadiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The jar's command line as a user meets it: help, mistakes in the command, and a run that cannot succeed. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTest {

    @Test
    void helpExplainsEveryCommandAndOption(CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute("--help")).isZero();
        assertThat(output.getOut()).contains("run --year YYYY", "sample-input", "--input DIR", "--output DIR",
                "--db PATH", "postgres", "templates --year YYYY", "compute --meta FILE --data FILE --method FILE --out DIR", "Method file",
                "watch", "readiness.watch.publish-cron");
    }

    @Test
    void commandLinesThatCannotBeUnderstoodExitWithTwoAndSayWhy(CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute()).isEqualTo(2);
        assertThat(ReadinessIndexApplication.execute("run")).isEqualTo(2);
        assertThat(output.getErr()).contains("'run' needs the edition: run --year YYYY");
        assertThat(ReadinessIndexApplication.execute("run", "--year", "26")).isEqualTo(2);
        assertThat(output.getErr()).contains("four-digit year");
        assertThat(ReadinessIndexApplication.execute("publish")).isEqualTo(2);
        assertThat(ReadinessIndexApplication.execute("run", "--year", "2026", "--colour")).isEqualTo(2);
        assertThat(output.getErr()).contains("unknown option '--colour'");
        assertThat(ReadinessIndexApplication.execute("templates")).isEqualTo(2);
        assertThat(output.getErr()).contains("'templates' needs the edition: templates --year YYYY");
    }

    @Test
    void templatesWritesOneWorkbookPerCountryWithoutADatabase(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        int exit = ReadinessIndexApplication.execute("templates", "--year", "2026", "--output", dir.toString());

        assertThat(exit).isZero();
        Path folder = dir.resolve("templates/2026");
        try (var files = Files.list(folder)) {
            // One in English per country, and one in each official language with texts: AT, BE, DE, LU in German,
            // BE, FR, LU in French.
            // And beside them one CSV template per country, in SDMX-CSV 2.0 (no language: it holds codes only).
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).hasSize(34 + 27)
                    .allMatch(name -> name.matches("AIRI_2026_[A-Z]{2}_template(_(en|de|fr)\\.xlsx|\\.csv)"))
                    .contains("AIRI_2026_AT_template_en.xlsx", "AIRI_2026_AT_template_de.xlsx",
                            "AIRI_2026_EL_template_en.xlsx", "AIRI_2026_SE_template_en.xlsx",
                            "AIRI_2026_AT_template.csv", "AIRI_2026_SE_template.csv");
        }
        assertThat(output.getOut()).contains("34 templates and 27 CSV templates written to");
    }

    @Test
    void templatesWithoutItsTextsFileFailsWithOneLineNamingIt(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        // An existing folder without the texts: a folder that does not exist at all is refused before (EarlyChecksTest).
        Files.createDirectories(dir.resolve("no-texts"));
        int exit = ReadinessIndexApplication.execute("templates", "--year", "2026", "--templates",
                dir.resolve("no-texts").toString(), "--output", dir.resolve("output").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output.getErr()).contains("readiness-index: templates failed:",
                "officer-template-en.properties: texts file not found");
        assertThat(Files.exists(dir.resolve("output"))).isFalse();
    }

    @Test
    void aRunWithABrokenCodebookFailsWithOneLineNamingFileAndLine(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        for (String file : new String[] {"countries.csv", "editions.csv", "reference-data.csv"}) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
        String codebook = Files.readString(Path.of("input/codebook.csv"));
        Files.writeString(input.resolve("codebook.csv"), codebook.replace("GRN2,Average data-centre power usage"
                + " effectiveness (PUE),1,GRN,-,", "GRN2,Average data-centre power usage effectiveness (PUE),1,GRN,down,"));

        int exit = ReadinessIndexApplication.execute("run", "--year", "2026", "--input", input.toString(),
                "--output", dir.resolve("output").toString(), "--db", dir.resolve("db").toString());

        // Refused before Spring starts (the input's files are read first), so on standard error and with no database.
        assertThat(exit).isEqualTo(1);
        assertThat(output.getErr()).contains("codebook.csv, line 15: column 'direction': expected '+' or '-'");
        assertThat(Files.exists(dir.resolve("output"))).isFalse();
        assertThat(dir.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void anEditionMissingFromTheEditionsFileIsRefused(@TempDir Path dir, CapturedOutput output) {
        int exit = ReadinessIndexApplication.execute("run", "--year", "2031", "--output",
                dir.resolve("output").toString(), "--db", dir.resolve("db").toString());
        // Refused before Spring starts: an error, so on standard error, and no database made.
        assertThat(exit).isEqualTo(1);
        assertThat(output.getErr()).contains("edition 2031 is not listed in").contains("editions.csv");
        assertThat(dir.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void computeRunsTheEngineAloneAndWritesEveryStage(@TempDir Path dir, CapturedOutput output) throws Exception {
        Path asem = Path.of("src/test/resources/asem");
        for (String file : new String[] {"iMeta.csv", "iData_wide.csv", "method-A.yml"}) {
            Files.copy(asem.resolve(file), dir.resolve(file));
        }
        Path out = dir.resolve("out");

        int exit = ReadinessIndexApplication.execute("compute", "--meta", dir.resolve("iMeta.csv").toString(),
                "--data", dir.resolve("iData_wide.csv").toString(), "--method", dir.resolve("method-A.yml").toString(),
                "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(output.getOut()).contains("Index computed for 51 of 51 units");
        for (String file : new String[] {"denominated.csv", "imputed.csv", "imputed_cells.csv", "screening.csv",
                "screened.csv", "treatment_summary.csv", "treated.csv", "treated_cells.csv", "normalised.csv",
                "aggregated.csv", "ranks.csv", "scores_long.csv", "results_index.csv"}) {
            assertThat(out.resolve(file)).isRegularFile();
        }
        assertThat(Files.readAllLines(out.resolve("results_index.csv")).get(1)).startsWith("CHE,Switzerland,");
    }

    @Test
    void computeRefusesABadMethodFileWithOneLineNamingFileAndKey(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path asem = Path.of("src/test/resources/asem");
        Path method = dir.resolve("method-A.yml");
        Files.writeString(method, Files.readString(asem.resolve("method-A.yml")).replace("method: minmax",
                "method: minmax2"));

        int exit = ReadinessIndexApplication.execute("compute", "--meta", asem.resolve("iMeta.csv").toString(),
                "--data", asem.resolve("iData_long.csv").toString(), "--method", method.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output.getErr()).contains("method-A.yml, key 'normalise.method': unknown option 'minmax2';"
                + " allowed: minmax, zscore, goalposts, rank, percentile_rank");
        assertThat(output.getErr().lines().filter(l -> l.contains("compute failed"))).hasSize(1);
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void computeNeedsAllFourFiles(CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute("compute", "--meta", "iMeta.csv")).isEqualTo(2);
        assertThat(output.getErr()).contains("'compute' needs --data");
    }
}
