package eu.aireadiness.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.SubmissionLimits;

/**
 * The limits on the files officers drop (see "Limits on submitted files" in README.md). The defaults, those of
 * {@link SubmissionLimits#DEFAULT}, are made for real submissions of about 30 rows; a deployment that takes in
 * generated files, or the intake benchmark, raises them.
 *
 * @param maxFileSize         the largest file read at all
 * @param maxLineLength       the longest line of a CSV file
 * @param maxColumns          the most cells in a CSV record or a worksheet row
 * @param maxRows             the most data rows under the header
 * @param maxWorkbookUnpacked the most a workbook may unpack to, each part and all parts together
 * @param settle              how long a file must have been left unchanged before it is taken in: a file changed
 *                            more recently is still being written, copied or uploaded, and waits for a later intake
 *                            (see {@link DropFolders#DEFAULT_SETTLE} for the default)
 */
@ConfigurationProperties("readiness.intake")
public record IntakeProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("64KB") DataSize maxLineLength,
                               @DefaultValue("100") int maxColumns, @DefaultValue("10000") int maxRows,
                               @DefaultValue("4MB") DataSize maxWorkbookUnpacked,
                               @DefaultValue("10s") Duration settle) {

    public SubmissionLimits limits() {
        return new SubmissionLimits(maxFileSize.toBytes(), Math.toIntExact(maxLineLength.toBytes()), maxColumns,
                maxRows, maxWorkbookUnpacked.toBytes());
    }
}
