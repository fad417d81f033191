package eu.aireadiness.publication.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNull;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfNumberTree;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Pages of a PDF laid out by a {@link TaggedDocument}, copied with their structure into another tagged document: how
 * a country's profile file is made from the profile's pages in the report, so that each profile is laid out once per
 * language.
 *
 * <p>A copied page becomes a form XObject drawn on the new page (OpenPDF's imported page), without the running footer
 * of its first document, since the new document draws its own. Its content keeps its marked-content sequences; the
 * structure elements they belong to (headings, paragraphs, tables with their header cells, figures with their
 * alternative text) are copied in reading order under the new document's Document element, and each sequence is
 * referred to through the form (a marked-content reference with {@code /Stm}, and the form's {@code /StructParents}
 * in the parent tree; ISO 32000-1, 14.7.4.3 and 14.7.4.4). Headings can move up the outline: a profile's heading is
 * a section (H2) in the report and the title (H1) of its own file.
 *
 * <p>The PDF is read once and its pages copied out one run after the other; each page can be copied once only.
 */
public final class TaggedPageCopy {

    /** How the running footer ({@link PageFooter}) starts: drawn last on every page, it runs to the content's end. */
    private static final byte[] FOOTER = "/Artifact <</Type/Pagination>> BDC".getBytes(StandardCharsets.ISO_8859_1);
    private static final PdfName STM = new PdfName("Stm");
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName[] HEADINGS = {null, new PdfName("H1"), new PdfName("H2"), new PdfName("H3"),
            new PdfName("H4"), new PdfName("H5"), new PdfName("H6")};

    private final PdfReader reader;
    private final Map<Integer, PdfObject> parentTree;
    private final PdfDictionary documentElement;

    private TaggedPageCopy(PdfReader reader) {
        this.reader = reader;
        PdfDictionary root = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
        if (root == null) {
            throw new IllegalArgumentException("the PDF to copy pages from is not tagged");
        }
        this.parentTree = PdfNumberTree.readTree(root.getAsDict(PdfName.PARENTTREE));
        PdfObject kids = PdfReader.getPdfObject(root.get(PdfName.K));
        this.documentElement = (PdfDictionary) (kids instanceof PdfArray array
                ? PdfReader.getPdfObject(array.getPdfObject(0)) : kids);
    }

    /** Reads a tagged PDF written by a {@link TaggedDocument}. */
    public static TaggedPageCopy of(byte[] pdf) {
        try {
            // Read whole, once: OpenPDF's partial reading decompresses an object stream at every object it reads,
            // which made copying the 27 profiles of a report several times slower than reading it whole (measured).
            return new TaggedPageCopy(new PdfReader(pdf));
        } catch (IOException e) {
            throw new IllegalStateException("a PDF just written could not be read back: " + e.getMessage(), e);
        }
    }

    /**
     * Draws pages {@code first} to {@code last} (from 1), each on a page of its own from the current page on, which
     * must be empty, and copies their structure; headings move {@code levelsUp} levels up (H2 becomes H1 for 1).
     * The current page is the last copied one afterwards.
     */
    public void copy(int first, int last, TaggedDocument document, PdfWriter writer, int levelsUp) {
        int pages = last - first + 1;
        List<PdfImportedPage> forms = new ArrayList<>(pages);
        Map<Integer, Integer> pageByReference = new HashMap<>();
        for (int page = first; page <= last; page++) {
            reader.setPageContent(page, withoutFooter(page), writer.getCompressionLevel());
            forms.add(writer.getImportedPage(reader, page));
            pageByReference.put(reader.getPageOrigRef(page).getNumber(), page);
        }
        int firstTarget = writer.getPageNumber();
        Structure structure = new Structure(first, firstTarget, forms, pageByReference, writer, levelsUp);
        for (PdfDictionary element : elementsOn(first, last)) {
            structure.copy(element, document.tree().document());
        }
        for (int page = first; page <= last; page++) {
            PdfIndirectReference marks;
            try {
                marks = writer.addToBody(structure.marksOf(page)).getIndirectReference();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            int key = writer.getStructureTreeRoot().addExistingObject(marks);
            PRStream content = (PRStream) PdfReader.getPdfObject(reader.getPageN(page).get(PdfName.CONTENTS));
            content.put(PdfName.STRUCTPARENTS, new PdfNumber(key));
        }
        for (int i = 0; i < pages; i++) {
            if (i > 0) {
                document.newPage();
            }
            writer.getDirectContent().addTemplate(forms.get(i), 0, 0);
            // The form was drawn behind the document's back: tell it the page is used, so that newPage works.
            writer.setPageEmpty(false);
        }
    }

    /** The page's content up to its running footer. */
    private byte[] withoutFooter(int page) {
        byte[] content;
        try {
            content = reader.getPageContent(page);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (int at = content.length - FOOTER.length; at >= 0; at--) {
            if (java.util.Arrays.equals(content, at, at + FOOTER.length, FOOTER, 0, FOOTER.length)) {
                return java.util.Arrays.copyOf(content, at);
            }
        }
        throw new IllegalStateException("page " + page + " has no running footer to leave out: the pages to copy"
                + " must come from a TaggedDocument with a PageFooter");
    }

    /** The Document's children that hold content of the pages, in reading order. */
    private List<PdfDictionary> elementsOn(int first, int last) {
        Set<Integer> tops = new HashSet<>();
        int documentNumber = referenceNumber(documentElement);
        for (int page = first; page <= last; page++) {
            PdfNumber key = reader.getPageN(page).getAsNumber(PdfName.STRUCTPARENTS);
            PdfArray marks = (PdfArray) PdfReader.getPdfObject(parentTree.get(key.intValue()));
            for (int mcid = 0; mcid < marks.size(); mcid++) {
                PdfObject reference = marks.getPdfObject(mcid);
                PdfDictionary element = (PdfDictionary) PdfReader.getPdfObject(reference);
                while (element != null) {
                    PdfObject parent = element.get(PdfName.P);
                    if (parent instanceof PRIndirectReference p && p.getNumber() == documentNumber) {
                        tops.add(((PRIndirectReference) reference).getNumber());
                        break;
                    }
                    reference = parent;
                    element = (PdfDictionary) PdfReader.getPdfObject(parent);
                }
            }
        }
        List<PdfDictionary> inOrder = new ArrayList<>();
        for (PdfObject kid : kids(documentElement)) {
            if (kid instanceof PRIndirectReference reference && tops.contains(reference.getNumber())) {
                inOrder.add((PdfDictionary) PdfReader.getPdfObject(reference));
            }
        }
        return inOrder;
    }

    /** The object number of the Document element, found through its first child's parent. */
    private static int referenceNumber(PdfDictionary documentElement) {
        for (PdfObject kid : kids(documentElement)) {
            PdfObject parent = ((PdfDictionary) PdfReader.getPdfObject(kid)).get(PdfName.P);
            if (parent instanceof PRIndirectReference reference) {
                return reference.getNumber();
            }
        }
        throw new IllegalStateException("the Document element of the PDF to copy pages from is empty");
    }

    private static List<PdfObject> kids(PdfDictionary element) {
        PdfObject k = element.get(PdfName.K);
        if (k == null) {
            return List.of();
        }
        if (k.isArray()) {
            return ((PdfArray) k).getElements();
        }
        return List.of(k);
    }

    /** The copy of the structure of one run of pages, and the marks each copied page's form refers to. */
    private static final class Structure {

        private final int first;
        private final int firstTarget;
        private final List<PdfImportedPage> forms;
        private final Map<Integer, Integer> pageByReference;
        private final PdfWriter writer;
        private final int levelsUp;
        private final Map<Integer, List<PdfIndirectReference>> marks = new HashMap<>();

        Structure(int first, int firstTarget, List<PdfImportedPage> forms, Map<Integer, Integer> pageByReference,
                  PdfWriter writer, int levelsUp) {
            this.first = first;
            this.firstTarget = firstTarget;
            this.forms = forms;
            this.pageByReference = pageByReference;
            this.writer = writer;
            this.levelsUp = levelsUp;
        }

        void copy(PdfDictionary source, PdfStructureElement parent) {
            PdfStructureElement copy = new PdfStructureElement(parent, role(source.getAsName(PdfName.S)));
            for (PdfName key : source.getKeys()) {
                if (!key.equals(PdfName.S) && !key.equals(PdfName.P) && !key.equals(PdfName.K)
                        && !key.equals(PdfName.PG)) {
                    copy.put(key, direct(source.get(key)));
                }
            }
            PdfArray kids = new PdfArray();
            copy.put(PdfName.K, kids);
            PdfObject page = source.get(PdfName.PG);
            for (PdfObject kid : kids(source)) {
                PdfObject resolved = PdfReader.getPdfObject(kid);
                if (resolved instanceof PdfNumber mcid) {
                    kids.add(mark(copy, page, mcid.intValue()));
                } else if (resolved instanceof PdfDictionary dictionary
                        && PdfName.MCR.equals(dictionary.getAsName(PdfName.TYPE))) {
                    PdfObject markPage = dictionary.get(PdfName.PG) != null ? dictionary.get(PdfName.PG) : page;
                    kids.add(mark(copy, markPage, dictionary.getAsNumber(PdfName.MCID).intValue()));
                } else if (resolved instanceof PdfDictionary dictionary
                        && OBJR.equals(dictionary.getAsName(PdfName.TYPE))) {
                    throw new IllegalStateException("a copied page holds an annotation (a link), which is not"
                            + " copied: lay out such pages in the document itself");
                } else if (resolved instanceof PdfDictionary dictionary) {
                    copy(dictionary, copy);
                }
            }
        }

        /** A marked-content reference to sequence {@code mcid} of the form that shows the source page. */
        private PdfDictionary mark(PdfStructureElement element, PdfObject sourcePage, int mcid) {
            int page = pageByReference.get(((PRIndirectReference) sourcePage).getNumber());
            PdfDictionary reference = new PdfDictionary(PdfName.MCR);
            reference.put(PdfName.PG, writer.getPageReference(firstTarget + page - first));
            reference.put(STM, forms.get(page - first).getIndirectReference());
            reference.put(PdfName.MCID, new PdfNumber(mcid));
            List<PdfIndirectReference> ofPage = marks.computeIfAbsent(page, p -> new ArrayList<>());
            while (ofPage.size() <= mcid) {
                ofPage.add(null);
            }
            ofPage.set(mcid, element.getReference());
            return reference;
        }

        /** The elements of the page's marked-content sequences, by identifier: the form's parent tree entry. */
        PdfArray marksOf(int page) {
            PdfArray array = new PdfArray();
            for (PdfIndirectReference element : marks.getOrDefault(page, List.of())) {
                array.add(element == null ? PdfNull.PDFNULL : element);
            }
            return array;
        }

        private PdfName role(PdfName role) {
            for (int level = 2; level <= 6 && levelsUp > 0; level++) {
                if (role.equals(HEADINGS[level])) {
                    return HEADINGS[Math.max(1, level - levelsUp)];
                }
            }
            return role;
        }

        /** An entry of the source as a direct object of the new document (attributes, alternative text, language). */
        private static PdfObject direct(PdfObject object) {
            PdfObject resolved = PdfReader.getPdfObject(object);
            if (resolved instanceof PdfDictionary dictionary && !resolved.isStream()) {
                PdfDictionary copy = new PdfDictionary();
                for (PdfName key : dictionary.getKeys()) {
                    copy.put(key, direct(dictionary.get(key)));
                }
                return copy;
            }
            if (resolved instanceof PdfArray array) {
                PdfArray copy = new PdfArray();
                for (PdfObject item : array.getElements()) {
                    copy.add(direct(item));
                }
                return copy;
            }
            return resolved;
        }
    }
}
