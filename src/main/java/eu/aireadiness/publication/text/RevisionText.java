package eu.aireadiness.publication.text;

import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import eu.aireadiness.dataset.Revision;
import eu.aireadiness.results.PublishedEdition;

/**
 * The sentence that lists a revision of a published edition in the data notes: who, which edition and version,
 * when, which values changed from what to what, and the reason the officer gave in the file's NOTE texts.
 */
public final class RevisionText {

    private final PublicationTexts texts;
    private final NumberText numbers;
    private final PublishedEdition edition;

    /** @param edition the edition whose notes list the revisions: its countries' names and indicators' decimals */
    public RevisionText(PublicationTexts texts, PublishedEdition edition) {
        this.texts = texts;
        this.numbers = new NumberText(texts.locale());
        this.edition = edition;
    }

    public String entry(Revision revision) {
        String country = edition.ranking().stream().filter(r -> r.country().code().equals(revision.country()))
                .findFirst().map(r -> texts.countryName(r.country())).orElse(revision.country());
        String received = revision.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        StringBuilder sentence = new StringBuilder(texts.format("revisions.entry", country,
                Integer.toString(revision.edition()), Integer.toString(revision.version()), received));
        sentence.append(' ').append(changes(revision.changes()));
        sentence.append(' ').append(revision.notes().isEmpty() ? texts.text("revisions.no-reason")
                : texts.format("revisions.reason", String.join(" / ", revision.notes())));
        return sentence.toString();
    }

    private String changes(List<Revision.Change> changes) {
        if (changes.isEmpty()) {
            return texts.text("revisions.no-change");
        }
        return texts.format("revisions.changes", changes.stream()
                .map(c -> texts.format("revisions.change", c.indicator(),
                        numbers.value(edition.codebook(), c.indicator(), c.before()),
                        numbers.value(edition.codebook(), c.indicator(), c.after())))
                .collect(Collectors.joining("; ")));
    }
}
