package eu.aireadiness.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ReadResult;

/**
 * Reads an Excel workbook submission. What the file holds is judged by its bytes, not its name: legacy, encrypted
 * and macro-enabled workbooks, and files that are no workbook at all, are refused with what to do instead.
 */
final class XlsxSubmissionReader {

    static final String SAVE_AS_XLSX = "open it in Excel and save it with 'Save As' as 'Excel Workbook (*.xlsx)'";

    private XlsxSubmissionReader() {
    }

    static ReadResult read(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        return switch (FileSignature.of(head(file, label))) {
            case ZIP -> {
                WorkbookPackageCheck.check(file, label, limits);
                yield readPackage(file, label, limits);
            }
            case OLE2 -> throw refuseCompoundDocument(file, label);
            case OTHER -> throw new RefusedFile(SubmissionRule.NOT_A_WORKBOOK.problem(0, "", "", label
                    + ": the file is named .xlsx but is not an Excel workbook (it may be a CSV or text file that was"
                    + " renamed). If it is a CSV file, give it the extension .csv; otherwise " + SAVE_AS_XLSX + "."));
        };
    }

    private static ReadResult readPackage(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw refusal(e, label, limits);
        }
        try {
            requireWorkbookContent(pkg, label);
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            return new SheetReader(label, limits).read(workbook);
        } catch (RefusedFile e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e, label, limits);
        } finally {
            pkg.revert();
        }
    }

    private static void requireWorkbookContent(OPCPackage pkg, String label) throws RefusedFile {
        List<PackagePart> core = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        String contentType = core.isEmpty() ? "" : core.get(0).getContentType();
        if (contentType.equals(XSSFRelation.MACROS_WORKBOOK.getContentType())
                || contentType.equals(XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType())
                || contentType.equals(XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType())) {
            throw new RefusedFile(SubmissionRule.MACRO_ENABLED_WORKBOOK.problem(0, "", "", label
                    + ": the workbook is macro-enabled; macros are not accepted in submissions. Remove the macros: "
                    + SAVE_AS_XLSX + " (Excel then drops the macros)."));
        }
        if (!contentType.equals(XSSFRelation.WORKBOOK.getContentType())
                && !contentType.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())) {
            throw notAWorkbook(label);
        }
    }

    private static RefusedFile refuseCompoundDocument(Path file, String label) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new RefusedFile(SubmissionRule.ENCRYPTED_WORKBOOK.problem(0, "", "", label
                        + ": the workbook is protected with a password, so it cannot be read. In Excel, open it, go"
                        + " to File > Info > Protect Workbook > Encrypt with Password, clear the password, save,"
                        + " and send the file again."));
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new RefusedFile(SubmissionRule.LEGACY_EXCEL.problem(0, "", "", label
                        + ": the file is an Excel 97-2003 workbook (.xls), which is not accepted; " + SAVE_AS_XLSX
                        + " and send the .xlsx file."));
            }
        } catch (IOException | RuntimeException e) {
            return notAWorkbook(label);
        }
        return notAWorkbook(label);
    }

    /**
     * What POI's failure means for the officer. Its guards catch what the package check could not see: a part whose
     * declared size lies, or a DOCTYPE past the first bytes (POI refuses every DOCTYPE, so nothing external is read).
     */
    private static RefusedFile refusal(Exception e, String label, SubmissionLimits limits) {
        if (WorkbookPackageCheck.isBombGuard(e)) {
            return WorkbookPackageCheck.bomb(label, "unpacks beyond its limits while being read", limits);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("DOCTYPE")) {
                return WorkbookPackageCheck.unsafeXml(label, "one of the workbook's XML parts");
            }
        }
        return notAWorkbook(label);
    }

    private static RefusedFile notAWorkbook(String label) {
        return new RefusedFile(SubmissionRule.NOT_A_WORKBOOK.problem(0, "", "", label
                + ": the file cannot be read as an Excel workbook (.xlsx); it may be damaged or another kind of"
                + " document. Fill in the submission template again, or " + SAVE_AS_XLSX + "."));
    }

    private static byte[] head(Path file, String label) throws RefusedFile {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new RefusedFile(SubmissionRule.UNREADABLE_FILE.problem(0, "", "", label
                    + ": the file could not be read (" + e.getClass().getSimpleName() + "). Check that it is not"
                    + " open in another program or still being copied, then drop it again."));
        }
    }
}
