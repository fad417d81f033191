package eu.aireadiness.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts file: placeholders filled without locale formatting; a missing file or key named in the failure. */
class TemplateTextsTest {

    @Test
    void fillsPlaceholdersAndKeepsTypographicApostrophes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(TemplateTexts.fileName("en")), "greeting=Drop it into input/{0}/, the country’s folder\n");
        assertThat(TemplateTexts.read(dir).text("greeting", "EL"))
                .isEqualTo("Drop it into input/EL/, the country’s folder");
    }

    @Test
    void aMissingKeyNamesTheFileAndTheKey(@TempDir Path dir) throws Exception {
        String shipped = Files.readString(Path.of("output-templates", TemplateTexts.fileName("en")));
        Files.writeString(dir.resolve(TemplateTexts.fileName("en")),
                shipped.replaceAll("(?m)^instructions\\.drop=.*$", ""));

        assertThatThrownBy(() -> OfficerTemplates.write(Path.of("input"), dir, dir.resolve("output"), 2026))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(TemplateTexts.fileName("en"))
                .hasMessageContaining("key 'instructions.drop' is missing");
    }

    @Test
    void aValidationTitleLongerThanExcelTakesNamesTheFileTheKeyAndTheLimit(@TempDir Path dir) throws Exception {
        String shipped = Files.readString(Path.of("output-templates", TemplateTexts.fileName("en")));
        Files.writeString(dir.resolve(TemplateTexts.fileName("en")), shipped.replaceAll(
                "(?m)^status\\.prompt\\.title=.*$", "status.prompt.title=The status of the value you typed in"));

        assertThatThrownBy(() -> OfficerTemplates.write(Path.of("input"), dir, dir.resolve("output"), 2026))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(TemplateTexts.fileName("en"))
                .hasMessageContaining("key 'status.prompt.title' gives 36 characters")
                .hasMessageContaining("Excel accepts at most 32");
    }

    @Test
    void anEditionWithoutADataflowIsRefusedNamingEditionsCsvAndTheColumn(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        for (String file : new String[] {"codebook.csv", "countries.csv", "reference-data.csv"}) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
        String editions = Files.readString(Path.of("input/editions.csv"));
        assertThat(editions).contains(",open,");
        // The 2026 row, the one with state open, loses its dataflow; the column stays.
        String without = editions.lines().map(line -> line.contains(",open,")
                ? line.replace(",AIRI:DF_AIRI(1.0)", ",") : line).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(input.resolve("editions.csv"), without);

        assertThatThrownBy(() -> OfficerTemplates.write(input, Path.of("output-templates"), dir.resolve("output"),
                2026))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(input.resolve("editions.csv").toString())
                .hasMessageContaining("edition 2026 names no dataflow (column 'dataflow')")
                .hasMessageContaining("AIRI:DF_AIRI(1.0)");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> TemplateTexts.read(dir))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(dir.resolve(TemplateTexts.fileName("en")).toString())
                .hasMessageContaining("not found");
    }
}
