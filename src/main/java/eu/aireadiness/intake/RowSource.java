package eu.aireadiness.intake;

import java.util.Optional;

import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmittedRow;

/**
 * What a reader of one file type gives, one call at a time, for {@link SubmissionReader} to hand its caller: the
 * header, then the rows in the order of the file, then what reading found. A file that cannot be read throws a
 * {@link RefusedFile} from whichever call meets the reason; its rows given before are then worth nothing.
 */
interface RowSource extends AutoCloseable {

    /** The header, asked once and first; empty when the file has none to give (the end says why). */
    Optional<ReadResult> header() throws RefusedFile;

    /** The next data row, or null at the end of the file. */
    SubmittedRow next() throws RefusedFile;

    /** What reading found, once {@link #next} gave null or the header was empty; it holds no rows. */
    ReadResult end() throws RefusedFile;

    @Override
    void close();
}
