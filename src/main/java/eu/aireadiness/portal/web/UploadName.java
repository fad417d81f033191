package eu.aireadiness.portal.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The name an uploaded file is stored under in the drop folder, made from the name the officer's browser sent. That
 * name is not to be trusted: it may hold a path ({@code ../}, a Windows folder), control characters, characters that
 * reorder the text on screen, or start with a dot (a hidden file, which the intake passes over). Only its last
 * segment is kept, each character that is not a letter, a digit, {@code -}, {@code _} or {@code .} becomes
 * {@code _}, dots and underscores at its start are dropped, and its length is bounded; its extension must be
 * {@code .csv} or {@code .xlsx}, the formats the intake reads. The original is kept for display and the audit log.
 *
 * @param stored   the safe name, ending in {@code .csv} or {@code .xlsx}
 * @param original the name as sent, for display and audit only
 */
record UploadName(String stored, String original) {

    /** Room left under the 255 bytes of a file name for a counter and the feedback files' suffix. */
    static final int MAX_STORED_BYTES = 180;

    /** The stored name for an upload, or empty when its extension is not one the intake reads. */
    static Optional<UploadName> of(String original) {
        String name = original == null ? "" : original;
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String extension = extension(last);
        if (!extension.equals(".csv") && !extension.equals(".xlsx")) {
            return Optional.empty();
        }
        String stem = Normalizer.normalize(last.substring(0, last.length() - extension.length()), Normalizer.Form.NFC);
        StringBuilder safe = new StringBuilder();
        stem.codePoints().forEach(c -> safe.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_'
                || c == '.' ? c : '_'));
        String cleaned = safe.toString().replaceFirst("^[._]+", "");
        cleaned = shortened(cleaned.isEmpty() ? "upload" : cleaned);
        return Optional.of(new UploadName(cleaned + extension, name));
    }

    /** The same name with {@code -n} before its extension: the next candidate when the name is taken. */
    String numbered(int n) {
        int dot = stored.lastIndexOf('.');
        return stored.substring(0, dot) + "-" + n + stored.substring(dot);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String shortened(String stem) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < stem.length(); ) {
            int c = stem.codePointAt(i);
            String next = new String(Character.toChars(c));
            if ((kept + next).getBytes(StandardCharsets.UTF_8).length > MAX_STORED_BYTES) {
                break;
            }
            kept.append(next);
            i += Character.charCount(c);
        }
        return kept.toString();
    }
}
