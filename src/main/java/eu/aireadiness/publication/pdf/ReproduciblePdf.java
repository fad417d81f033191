package eu.aireadiness.publication.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import eu.aireadiness.framework.Checksums;

/**
 * What makes two PDFs written from the same edition identical to the byte. OpenPDF draws two things at random: the
 * tag of each embedded font subset ({@code ZBUYTP+LiberationSans}, ISO 32000-1, 9.9.2) and the file identifier, the
 * trailer's {@code /ID} (14.4), which it makes from the clock and the free memory.
 */
public final class ReproduciblePdf {

    private static final byte[] ID_KEY = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ID_HEX_DIGITS = 32;

    private ReproduciblePdf() {
    }

    /** An embedded font (Identity-H) whose subset tag is the same in every document. */
    static BaseFont embeddedFont(String name, byte[] trueType) throws DocumentException, IOException {
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, trueType, null);
        font.setSecureRandom(new FixedSubsetTag(name));
        // OpenPDF's CIDSet lists the subset's glyphs, where PDF/A-2 (6.2.11.4.2) wants every glyph of the embedded
        // program: no CIDSet, which PDF/A-2 and PDF/UA allow, rather than an incomplete one.
        font.setIncludeCidSet(false);
        return font;
    }

    /**
     * Replaces the file identifier OpenPDF wrote by one made from the file's content, as 14.4 recommends: the first 16
     * bytes of the SHA-256 of every byte but the identifier's, twice, as for a file written once. (OpenPDF's own
     * override, {@code PdfName.FILEID} in the document information, would also leave a non-standard
     * {@code /FileId} entry there.) The identifier lies in the trailer, after the cross-reference table, so that
     * replacing it with as many digits moves no object.
     */
    public static byte[] withContentFileId(byte[] pdf) {
        int first = lastIndexOf(pdf, ID_KEY) + ID_KEY.length;
        int second = first + ID_HEX_DIGITS + 2;
        int end = second + ID_HEX_DIGITS;
        if (first < ID_KEY.length || end + 2 > pdf.length || !isHex(pdf, first) || !isHex(pdf, second)
                || pdf[first + ID_HEX_DIGITS] != '>' || pdf[first + ID_HEX_DIGITS + 1] != '<'
                || pdf[end] != '>' || pdf[end + 1] != ']') {
            throw new IllegalStateException("OpenPDF wrote no file identifier of the form /ID [<32 hex digits>"
                    + "<32 hex digits>] in the trailer; a new version of OpenPDF may write it differently: adapt "
                    + ReproduciblePdf.class.getSimpleName());
        }
        MessageDigest digest = Checksums.newDigest();
        digest.update(pdf, 0, first);
        digest.update(pdf, end, pdf.length - end);
        byte[] id = HexFormat.of().formatHex(digest.digest(), 0, ID_HEX_DIGITS / 2)
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] stamped = pdf.clone();
        System.arraycopy(id, 0, stamped, first, id.length);
        System.arraycopy(id, 0, stamped, second, id.length);
        return stamped;
    }

    private static int lastIndexOf(byte[] bytes, byte[] key) {
        for (int at = bytes.length - key.length; at >= 0; at--) {
            int matched = 0;
            while (matched < key.length && bytes[at + matched] == key[matched]) {
                matched++;
            }
            if (matched == key.length) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isHex(byte[] bytes, int from) {
        for (int i = from; i < from + ID_HEX_DIGITS; i++) {
            if (Character.digit(bytes[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives OpenPDF the same bytes at every draw, chosen by the font's name, so that the font's subset tag is always
     * one letter six times (such as {@code QQQQQQ+LiberationSans}), whatever the document, the thread or the order of
     * writing. The tag need only tell apart the subsets of one file (9.9.2), and each font is embedded once per
     * document. A source that moved on from draw to draw would make a document's tag depend on the documents written
     * before it: OpenPDF caches the font, and so its source, for the whole JVM.
     */
    private static final class FixedSubsetTag extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final byte fill;

        FixedSubsetTag(String fontName) {
            this.fill = (byte) fontName.hashCode();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            Arrays.fill(bytes, fill);
        }
    }
}
