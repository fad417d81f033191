package eu.aireadiness.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

import eu.aireadiness.framework.Checksums;

/**
 * The names of the feedback files the intake writes next to an officer's file, {@code <file name>.feedback.txt}
 * and {@code <file name>.feedback.csv}. They live in the drop folders, so whoever lists or fingerprints those
 * folders must leave them out: they are the pipeline's answers, never submissions.
 */
public final class FeedbackFiles {

    static final String TEXT_SUFFIX = ".feedback.txt";
    static final String CSV_SUFFIX = ".feedback.csv";

    private FeedbackFiles() {
    }

    /** The most bytes a file name may have on the file systems drop folders live on (ext4, XFS, NTFS, SMB). */
    static final int MAX_NAME_BYTES = 255;

    /** The feedback a person reads. */
    public static Path textFor(Path submission) {
        return submission.resolveSibling(name(submission.getFileName().toString(), TEXT_SUFFIX));
    }

    /** The feedback a spreadsheet or a script reads. */
    public static Path csvFor(Path submission) {
        return submission.resolveSibling(name(submission.getFileName().toString(), CSV_SUFFIX));
    }

    /**
     * The file's name and the suffix; a name too long for the suffix to fit is cut, at a character, and ends in
     * eight hexadecimal digits of its checksum, so that two long names sharing their beginning get two answers. The
     * feedback's title names the file in full.
     */
    static String name(String fileName, String suffix) {
        String whole = fileName + suffix;
        if (bytes(whole) <= MAX_NAME_BYTES) {
            return whole;
        }
        String tag = "-" + HexFormat.of().formatHex(Checksums.newDigest()
                .digest(fileName.getBytes(StandardCharsets.UTF_8))).substring(0, 8) + suffix;
        int budget = MAX_NAME_BYTES - bytes(tag);
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < fileName.length(); ) {
            int c = fileName.codePointAt(i);
            String next = new String(Character.toChars(c));
            if (bytes(cut + next) > budget) {
                break;
            }
            cut.append(next);
            i += Character.charCount(c);
        }
        return cut + tag;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    public static boolean isFeedback(String fileName) {
        return fileName.endsWith(TEXT_SUFFIX) || fileName.endsWith(CSV_SUFFIX);
    }
}
