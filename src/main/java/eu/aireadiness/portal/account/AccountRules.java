package eu.aireadiness.portal.account;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an account name and a password must be, checked before anything is stored (and, by the command line, before
 * the database is opened). Plain functions: each gives the one-line reason for a refusal, or empty.
 *
 * <p>The password policy follows NIST SP 800-63B in spirit: length, not composition rules. At least 12 characters,
 * because a login page reachable from 27 capitals is guarded by one secret: the throttle bounds guessing online, and
 * the length is what protects the hashes should the database be copied. At most 72 bytes (UTF-8), because the bcrypt
 * hash reads no further and a longer password would be stored as its first 72 bytes without a word. A password made
 * of the account's name, or of one repeated character, is refused as the first guess of anyone.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_BYTES = 72;

    // Lower case only, so that "Anna" and "anna" cannot be two accounts; no spaces or control characters, which
    // would make the audit log's lines ambiguous.
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private AccountRules() {
    }

    public static Optional<String> nameProblem(String name) {
        if (NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of("account name '" + printable(name) + "' is not one: use 2 to 100 lower-case letters,"
                + " digits, '.', '_', '-' or '@', starting with a letter or digit, e.g. anna.schmidt");
    }

    public static Optional<String> passwordProblem(char[] password, String name) {
        int bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
        if (password.length < MIN_PASSWORD_LENGTH) {
            return Optional.of("the password has " + password.length + " characters; it needs at least "
                    + MIN_PASSWORD_LENGTH + " (a passphrase of three or four words is easiest to type)");
        }
        if (bytes > MAX_PASSWORD_BYTES) {
            return Optional.of("the password has " + bytes + " bytes in UTF-8; the hash reads only the first "
                    + MAX_PASSWORD_BYTES + ", so give at most " + MAX_PASSWORD_BYTES);
        }
        String text = new String(password);
        if (text.toLowerCase(java.util.Locale.ROOT).contains(name)) {
            return Optional.of("the password contains the account's name; choose one that does not");
        }
        if (text.chars().distinct().count() == 1) {
            return Optional.of("the password is one character repeated; choose one that is not");
        }
        for (char c : password) {
            if (Character.isISOControl(c)) {
                return Optional.of("the password contains a control character (such as a tab); type it without");
            }
        }
        return Optional.empty();
    }

    /** A name as typed, with control characters shown as '?', for messages and the audit log. */
    public static String printable(String typed) {
        StringBuilder shown = new StringBuilder();
        typed.codePoints().limit(100).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.toString();
    }
}
