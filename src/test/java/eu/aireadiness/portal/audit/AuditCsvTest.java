package eu.aireadiness.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The audit CSV read back: every column, and typed text that a spreadsheet would run kept as text. */
class AuditCsvTest {

    @Test
    void writesEveryEntryWithFormulasNeutralised() throws IOException {
        Instant at = Instant.parse("2026-12-04T08:15:00Z");
        StringBuilder out = new StringBuilder();
        AuditCsv.write(List.of(
                new AuditEntry(at, "=cmd|' /C calc'!A0", "10.0.0.9", "LOGIN_FAILED", "", "REFUSED"),
                new AuditEntry(at.plusSeconds(1), "anna.de", "10.0.0.7", "UPLOAD", "DE/data, \"final\".csv",
                        "-1 rows")), out);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(out.toString()).startsWith("at,who,address,action,target,outcome\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toList()).containsExactly("2026-12-04T08:15:00Z", "'=cmd|' /C calc'!A0",
                "10.0.0.9", "LOGIN_FAILED", "", "REFUSED");
        assertThat(rows.get(1).toList()).containsExactly("2026-12-04T08:15:01Z", "anna.de", "10.0.0.7", "UPLOAD",
                "DE/data, \"final\".csv", "'-1 rows");
    }
}
