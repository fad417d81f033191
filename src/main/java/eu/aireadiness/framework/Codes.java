package eu.aireadiness.framework;

import java.util.regex.Pattern;

final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private Codes() {
    }

    static void requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "a code is 1 to 32 upper-case letters, digits or '_', starting with a letter; found '" + code + "'");
        }
    }
}
