package eu.aireadiness.publication.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.aireadiness.publication.PublicationException;

/**
 * What makes a PDF publication an archival (PDF/A-2a, ISO 19005-2) and accessible (PDF/UA-1, ISO 14289-1) file besides
 * its tags: the document information, the same in XMP metadata with both identifications (PDF/UA's schema declared
 * as a PDF/A extension schema, as PDF/A requires of any schema it does not predefine), the language, a viewer that
 * shows the title, and an sRGB output intent for the RGB colours. The only date is the edition's publication date.
 */
public record ArchivalMetadata(String title, String author, String subject, String keywords, String language,
                        LocalDate date) {

    private static final String SRGB = "sRGB IEC61966-2.1";

    /** Document information, language and viewer preferences; call before the document is opened. */
    public void describe(Document document, PdfWriter writer) {
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator(author);
        document.addSubject(subject);
        document.addKeywords(keywords);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    }

    /**
     * The publication date as creation and modification date (OpenPDF would stamp the clock's), the XMP metadata
     * and the output intent; call before the document is closed.
     */
    public void finish(PdfWriter writer) {
        PdfDate pdfDate = new PdfDate(calendar());
        writer.getInfo().put(PdfName.CREATIONDATE, pdfDate);
        writer.getInfo().put(PdfName.MODDATE, pdfDate);
        writer.setXmpMetadata(xmp(PdfDate.getW3CDate(pdfDate.toString())).getBytes(StandardCharsets.UTF_8));
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
        intent.put(PdfName.INFO, new PdfString(SRGB));
        try {
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(
                    new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB), writer.getCompressionLevel()))
                    .getIndirectReference());
        } catch (java.io.IOException e) {
            throw new PublicationException("the sRGB output intent could not be written: " + e.getMessage(), e);
        }
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    private Calendar calendar() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    private String xmp(String w3cDate) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreatorTool>" + escape(author) + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + w3cDate + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + w3cDate + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + w3cDate + "</xmp:MetadataDate>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + escape(Document.getVersion()) + "</pdf:Producer>\n"
                + "<pdf:Keywords>" + escape(keywords) + "</pdf:Keywords>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n"
                + "<pdfaid:conformance>A</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
