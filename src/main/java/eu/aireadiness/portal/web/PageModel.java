package eu.aireadiness.portal.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page shows around its content: the links to the same page in each of the portal's languages. */
@ControllerAdvice
class PageModel {

    /**
     * A link to this page in a language, named in that language, as people look for their own language.
     *
     * @param current whether the page is in this language already
     */
    record LanguageLink(String language, String name, String href, boolean current) {
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        String current = PortalTexts.language(RequestContextUtils.getLocale(request));
        return PortalTexts.LANGUAGES.stream().map(language -> new LanguageLink(language, ownName(language),
                href(request, language), language.equals(current))).toList();
    }

    public static String ownName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** This page's address with {@code lang} set, its other parameters kept. */
    private static String href(HttpServletRequest request, String language) {
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("lang", language).build(true).toUriString();
        } catch (IllegalArgumentException e) {
            // A query that is not properly encoded: the page's own address, without it.
            return UriComponentsBuilder.fromPath(request.getRequestURI()).queryParam("lang", language).build()
                    .toUriString();
        }
    }
}
