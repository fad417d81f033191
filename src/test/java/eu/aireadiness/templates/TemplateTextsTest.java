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
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> TemplateTexts.read(dir))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(dir.resolve(TemplateTexts.fileName("en")).toString())
                .hasMessageContaining("not found");
    }
}
