package eu.aireadiness.submission;

/**
 * A dropped file's name, or any text taken from a file, as it may be shown in a log line or a title. A name is
 * whatever the officer's system allowed: it may hold a line break, which would start a forged line in a log, or a
 * bidirectional control (U+202E and its kin), which makes a name display in an order other than the one it is
 * stored in ("report_gpj.exe" shown as "report_exe.jpg").
 */
public final class FileNameText {

    private FileNameText() {
    }

    /**
     * The name with every control character, line or paragraph separator and bidirectional control written as
     * {@code \}{@code uXXXX}, and the backslash itself doubled, so that a log line shows one name on one line and
     * the escaped form cannot be mistaken for the real character.
     */
    public static String escaped(String name) {
        return escape(name, true);
    }

    /**
     * A message for one log line: as {@link #escaped}, but with backslashes left as they are, since the names it
     * quotes are already escaped and would otherwise show their escapes doubled.
     */
    public static String oneLine(String message) {
        return escape(message, false);
    }

    private static String escape(String name, boolean doubleBackslashes) {
        StringBuilder text = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && doubleBackslashes) {
                text.append("\\\\");
            } else if (mustEscape(c)) {
                text.append(String.format("\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Whether the name holds a bidirectional override, embedding, isolate or mark that reorders what is shown. */
    public static boolean reordersDisplay(String name) {
        return name.chars().anyMatch(FileNameText::isBidiControl);
    }

    private static boolean mustEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
    }

    /**
     * The characters that change the display order: LRM, RLM, ALM, the embeddings and overrides (U+202A to U+202E)
     * and the isolates (U+2066 to U+2069).
     */
    private static boolean isBidiControl(int c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
