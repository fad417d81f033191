package eu.aireadiness.publication.text;

import java.util.List;

/** Joins a few items into running text: "A, B and C", "A, B or C", with the language's own conjunction. */
final class ListText {

    private ListText() {
    }

    /** All the items: "A, B and C" ({@code annex.list.and}). */
    static String and(List<String> items, PublicationTexts texts) {
        return join(items, "annex.list.and", texts);
    }

    /** One of the items: "A, B or C" ({@code annex.list.or}). */
    static String or(List<String> items, PublicationTexts texts) {
        return join(items, "annex.list.or", texts);
    }

    private static String join(List<String> items, String key, PublicationTexts texts) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to list for " + key);
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return texts.format(key, String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }
}
