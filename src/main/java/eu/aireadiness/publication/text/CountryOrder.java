package eu.aireadiness.publication.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import eu.aireadiness.framework.Country;
import eu.aireadiness.results.CountryResult;

/**
 * The alphabetical order of countries in one language: by their names in that language, compared as that language
 * sorts (java.text.Collator for its locale, so that "Österreich" sorts with the O in German and "Allemagne" comes
 * first in French), ties broken by code. Every list of countries that is not a ranking uses it, so that a French
 * reader never meets "Autriche, Belgique, … Allemagne", the order of the ISO codes.
 */
public final class CountryOrder {

    private CountryOrder() {
    }

    static Comparator<Country> of(PublicationTexts texts) {
        Collator collator = Collator.getInstance(texts.locale());
        Function<Country, String> name = texts::countryName;
        return Comparator.comparing(name, collator).thenComparing(Country::code);
    }

    static Comparator<CountryResult> ofResults(PublicationTexts texts) {
        return Comparator.comparing(CountryResult::country, of(texts));
    }

    /** The results in the language's alphabetical order of their countries' names. */
    public static List<CountryResult> sorted(List<CountryResult> results, PublicationTexts texts) {
        return results.stream().sorted(ofResults(texts)).toList();
    }

    /** Items about countries (by code), in the alphabetical order of the countries' names; unknown codes last. */
    public static <T> List<T> sortedByCode(List<T> items, Function<T, String> code, List<CountryResult> ranking,
                                    PublicationTexts texts) {
        java.util.Map<String, Country> countries = new java.util.HashMap<>();
        ranking.forEach(result -> countries.put(result.country().code(), result.country()));
        Comparator<Country> order = of(texts);
        return items.stream().sorted((a, b) -> {
            Country first = countries.get(code.apply(a));
            Country second = countries.get(code.apply(b));
            if (first == null || second == null) {
                return first == second ? code.apply(a).compareTo(code.apply(b)) : first == null ? 1 : -1;
            }
            return order.compare(first, second);
        }).toList();
    }
}
