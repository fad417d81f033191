package eu.aireadiness.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import eu.aireadiness.submission.SubmissionRule;

/**
 * Looks inside a workbook's ZIP container before POI parses it: a zip bomb (a small file that unpacks to hundreds of
 * megabytes) or an XML part declaring a DOCTYPE (the door of external entities, XXE) is refused from the container's
 * directory and the first bytes of each part, without unpacking anything whole. POI's own guards, set here too, stop
 * whatever lies about its sizes while it is being unpacked.
 */
final class WorkbookPackageCheck {

    /**
     * At least 1 byte packed per 100 unpacked, POI's own default: spreadsheet XML packs about 1 to 10 or 1 to 20;
     * 1 to 100 and beyond is a run of the same bytes made to blow up.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Parts smaller than this unpack quickly whatever their ratio, as a tiny but very regular styles part does. */
    static final long RATIO_GRACE_BYTES = 100L * 1024;

    /** 1,000 parts: the template has about 10; a workbook with many sheets and images, a few hundred. */
    static final int MAX_PARTS = 1_000;

    /** A DOCTYPE can only come before the root element, at the very start of a part. */
    private static final int PROLOG_BYTES = 4 * 1024;

    /** The most characters POI extracts as text from a part: POI's default of 10 M, stated here. */
    private static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private WorkbookPackageCheck() {
    }

    /**
     * Refuses a container whose directory announces a bomb or whose XML declares a DOCTYPE. A container that cannot
     * be opened passes: POI then says it is not a workbook.
     */
    static void check(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        // POI's guard is a global setting; the intake reads one file at a time, so it holds this file's limit.
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        long maxUnpacked = limits.maxUnpackedBytes();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw bomb(label, "holds " + zip.size() + " parts, more than " + MAX_PARTS, limits);
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                total += Math.max(size, 0);
                if (size > maxUnpacked || total > maxUnpacked) {
                    throw bomb(label, "unpacks to more than " + SubmissionLimits.size(maxUnpacked)
                            + " (part '" + entry.getName() + "': " + SubmissionLimits.size(size) + ")", limits);
                }
                if (size > RATIO_GRACE_BYTES && entry.getCompressedSize() < size * MIN_INFLATE_RATIO) {
                    throw bomb(label, "has a part, '" + entry.getName() + "', that unpacks from "
                            + SubmissionLimits.size(entry.getCompressedSize()) + " to " + SubmissionLimits.size(size)
                            + ", more than 100 times its packed size", limits);
                }
                if (declaresDoctype(zip, entry)) {
                    throw unsafeXml(label, "the workbook's part '" + entry.getName() + "'");
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a readable ZIP directory: POI's refusal (not a workbook) is the clearer message.
        }
    }

    private static boolean declaresDoctype(ZipFile zip, ZipEntry entry) throws IOException {
        String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".xml") && !name.endsWith(".rels") && !name.endsWith(".vml")) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String prolog = new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.ISO_8859_1);
            return prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY");
        }
    }

    /** Whether an exception POI threw while unpacking is one of its zip bomb guards. */
    static boolean isBombGuard(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    static RefusedFile bomb(String label, String found, SubmissionLimits limits) {
        return new RefusedFile(SubmissionRule.ZIP_BOMB.problem(0, "", "", label + ": the workbook " + found
                + "; a submission workbook unpacks to well under 1 MB, so it was not opened (it may be a zip bomb;"
                + " limits: " + SubmissionLimits.size(limits.maxUnpackedBytes()) + " unpacked, 1 byte packed per 100"
                + " unpacked). Fill in the submission template again, without pictures, and send that workbook."));
    }

    static RefusedFile unsafeXml(String label, String part) {
        return new RefusedFile(SubmissionRule.UNSAFE_XML.problem(0, "", "", label + ": " + part
                + " declares a DOCTYPE, which Excel never writes and which can make a reader fetch other files"
                + " (XML external entities), so the workbook was not opened. Fill in the submission template again"
                + " in Excel or LibreOffice and send that workbook."));
    }
}
