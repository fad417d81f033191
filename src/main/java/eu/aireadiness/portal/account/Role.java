package eu.aireadiness.portal.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an account may see in the portal; the portal reads it only as the authority {@code ROLE_<NAME>}. */
public enum Role {

    /** Uploads and follows the files of the countries given to the account, and of no other. */
    OFFICER,
    /** Downloads every edition's publication. */
    PUBLISHER,
    /** Sees every country's status and the audit log, and starts the publication. */
    ADMIN;

    /** The Spring Security authority, e.g. ROLE_OFFICER. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The word on the command line and in listings: officer, publisher, admin. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofWord(String word) {
        return Arrays.stream(values()).filter(r -> r.word().equals(word)).findFirst();
    }

    public static String words() {
        return Arrays.stream(values()).map(Role::word).collect(Collectors.joining(", "));
    }
}
