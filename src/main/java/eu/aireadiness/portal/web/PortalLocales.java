package eu.aireadiness.portal.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the one a person chose with the language links (kept in a cookie), else the first of
 * their browser's languages (Accept-Language) that the portal offers, else English. Only the portal's languages are
 * ever answered, so that a page never claims a language ({@code <html lang>}) its text is not in.
 */
final class PortalLocales implements LocaleResolver {

    static final String COOKIE = "portal-language";

    /** The language chosen during this request, which its cookie carries only from the next request on. */
    private static final String CHOSEN = PortalLocales.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && PortalTexts.LANGUAGES.contains(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                if (PortalTexts.LANGUAGES.contains(wanted.getLanguage())) {
                    return Locale.forLanguageTag(wanted.getLanguage());
                }
            }
        }
        return Locale.forLanguageTag(PortalTexts.LANGUAGES.get(0));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = PortalTexts.language(locale);
        request.setAttribute(CHOSEN, Locale.forLanguageTag(language));
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
