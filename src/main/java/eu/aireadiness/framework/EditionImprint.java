package eu.aireadiness.framework;

/**
 * What the colophon of an edition's publications prints besides its title and date, read from the optional columns
 * of {@code editions.csv}: the identifiers a library or an archive records, the licence and whom to contact. An
 * editions file written before these columns existed loads with all of them empty, and the colophon then leaves
 * the lines out rather than printing a blank.
 *
 * @param isbn            the ISBN of the PDF report, e.g. {@code 978-92-...}
 * @param doi             the DOI of the edition, without the resolver, e.g. {@code 10.2760/...}
 * @param catalogueNumber the publisher's catalogue number
 * @param licence         the licence as its SPDX identifier, e.g. {@code CC-BY-4.0}
 * @param contact         an e-mail address for questions about the index
 */
public record EditionImprint(String isbn, String doi, String catalogueNumber, String licence, String contact) {

    public static final EditionImprint NONE = new EditionImprint("", "", "", "", "");

    public EditionImprint {
        isbn = isbn.strip();
        doi = doi.strip();
        catalogueNumber = catalogueNumber.strip();
        licence = licence.strip();
        contact = contact.strip();
        if (!isbn.isEmpty() && !isbn.matches("97[89]-?[0-9-]{9,13}[0-9X]")) {
            throw new IllegalArgumentException("column 'isbn': expected an ISBN-13 such as 978-92-68-12345-6, found '"
                    + isbn + "'");
        }
        if (!doi.isEmpty() && !doi.matches("10\\.\\d{4,9}/\\S+")) {
            throw new IllegalArgumentException("column 'doi': expected a DOI such as 10.2760/123456, without"
                    + " https://doi.org/, found '" + doi + "'");
        }
        if (!contact.isEmpty() && !contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("column 'contact': expected an e-mail address, found '" + contact
                    + "'");
        }
    }
}
