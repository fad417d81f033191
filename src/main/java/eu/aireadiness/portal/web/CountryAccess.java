package eu.aireadiness.portal.web;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Which countries an officer answers for: the {@code COUNTRY_<CC>} authorities of their login, and nothing else.
 * A request for another country's page or file is refused and recorded, so that the security officer sees who tried.
 */
@Component
class CountryAccess {

    static final String PREFIX = "COUNTRY_";

    private final PortalAudit audit;

    CountryAccess(PortalAudit audit) {
        this.audit = audit;
    }

    /** The officer's countries, in alphabetical order of their codes. */
    static Set<String> countries(Authentication who) {
        Set<String> countries = new TreeSet<>();
        for (GrantedAuthority authority : who.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(PREFIX) && name.length() == PREFIX.length() + 2) {
                countries.add(name.substring(PREFIX.length()));
            }
        }
        return countries;
    }

    /**
     * The country code of the request when the officer answers for it.
     *
     * @throws CountryForbidden after recording the attempt, for any other country (or a code that is none)
     */
    String require(Authentication who, String country, HttpServletRequest request) {
        String code = country.toUpperCase(Locale.ROOT);
        if (country.equals(code) && countries(who).contains(code)) {
            return code;
        }
        audit.record(who, request, PortalAudit.FORBIDDEN, request.getMethod() + " " + request.getRequestURI(),
                "refused: not one of the account's countries " + countries(who));
        throw new CountryForbidden();
    }

    /** A request for a country the officer does not answer for: 403. */
    static final class CountryForbidden extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CountryForbidden() {
            super("not one of the account's countries");
        }
    }
}
