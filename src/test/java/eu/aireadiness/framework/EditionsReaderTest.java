package eu.aireadiness.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state of each edition in editions.csv: the shipped one, and the mistakes an index team may make. */
class EditionsReaderTest {

    private static final String HEADER = "edition,title,publication_date,data_status,data_notice,state\n";

    @TempDir
    Path dir;

    @Test
    void theShippedEditionsArePublished2025AndOpen2026() {
        assertThat(EditionsReader.read(Path.of("input/editions.csv")))
                .extracting(EditionInfo::edition, EditionInfo::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2025, EditionState.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(2026, EditionState.OPEN));
    }

    @Test
    void eachOfTheThreeStatesIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("editions.csv"), HEADER
                + "2024,Index 2024,2024-12-01,official,,published\n"
                + "2025,Index 2025,2025-12-01,official,,revision\n"
                + "2026,Index 2026,2026-12-01,official,,open\n");

        assertThat(EditionsReader.read(file)).extracting(EditionInfo::state)
                .containsExactly(EditionState.PUBLISHED, EditionState.REVISION, EditionState.OPEN);
    }

    @Test
    void anUnknownStateIsRefusedNamingTheLineAndTheThreeStates() throws Exception {
        Path file = Files.writeString(dir.resolve("editions.csv"), HEADER
                + "2026,Index 2026,2026-12-01,official,,closed\n");

        assertThatThrownBy(() -> EditionsReader.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("column 'state': expected 'open' (taking submissions), 'published' (closed)"
                        + " or 'revision' (published, reopened for corrections), found 'closed'");
    }

    @Test
    void anEditionsFileOfAnEarlierVersionWithoutTheStateColumnIsRefusedSayingWhatToAdd() throws Exception {
        Path file = Files.writeString(dir.resolve("editions.csv"),
                "edition,title,publication_date,data_status,data_notice\n2026,Index 2026,2026-12-01,official,\n");

        assertThatThrownBy(() -> EditionsReader.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("the header lacks column 'state'; files of versions before editions had a"
                        + " state lack it: add a column 'state' with 'published' for every edition already published"
                        + " and 'open' for the one taking submissions")
                .hasMessageNotContaining("found [");
    }

    @Test
    void anEditionsFileWithoutTheColophonColumnsLoadsWithAnEmptyImprint() throws Exception {
        Path file = Files.writeString(dir.resolve("editions.csv"), HEADER + "2026,Index 2026,2026-12-01,official,,open\n");

        assertThat(EditionsReader.read(file).get(0).imprint()).isEqualTo(EditionImprint.NONE);
    }

    @Test
    void theColophonColumnsAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("editions.csv"), HEADER.strip()
                + ",isbn,doi,catalogue_number,licence,contact\n"
                + "2026,Index 2026,2026-12-01,official,,open,978-92-68-12345-6,10.2760/123456,XY-01-26-001-EN-N,"
                + "CC-BY-4.0,index@example.org\n");

        assertThat(EditionsReader.read(file).get(0).imprint()).isEqualTo(new EditionImprint("978-92-68-12345-6",
                "10.2760/123456", "XY-01-26-001-EN-N", "CC-BY-4.0", "index@example.org"));
    }

    @Test
    void aDoiGivenAsAnAddressIsRefusedSayingToLeaveTheResolverOut() throws Exception {
        Path file = Files.writeString(dir.resolve("editions.csv"), HEADER.strip() + ",doi\n"
                + "2026,Index 2026,2026-12-01,official,,open,https://doi.org/10.2760/123456\n");

        assertThatThrownBy(() -> EditionsReader.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 2").hasMessageContaining("column 'doi'")
                .hasMessageContaining("without https://doi.org/");
    }

    @Test
    void theSubmissionDeadlineIsReadWhenGivenAndRefusedAfterThePublicationDate() throws Exception {
        String header = HEADER.strip() + ",submission_deadline\n";
        Path file = Files.writeString(dir.resolve("editions.csv"), header
                + "2025,Index 2025,2025-12-01,official,,published,\n"
                + "2026,Index 2026,2026-12-01,official,,open,2026-11-13\n");
        assertThat(EditionsReader.read(file)).extracting(EditionInfo::submissionDeadline)
                .containsExactly(Optional.empty(), Optional.of(LocalDate.of(2026, 11, 13)));

        Path late = Files.writeString(dir.resolve("late.csv"), header
                + "2026,Index 2026,2026-12-01,official,,open,2026-12-15\n");
        assertThatThrownBy(() -> EditionsReader.read(late)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 2").hasMessageContaining("column 'submission_deadline': 2026-12-15 is after"
                        + " the publication date 2026-12-01; set a deadline on or before it, or leave the cell empty");

        Path wrong = Files.writeString(dir.resolve("wrong.csv"), header
                + "2026,Index 2026,2026-12-01,official,,open,13/11/2026\n");
        assertThatThrownBy(() -> EditionsReader.read(wrong)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("column 'submission_deadline': expected a date as YYYY-MM-DD, found '13/11/2026'");
    }
}
