package vn.thidua.shared.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The first sheet of an uploaded .xlsx file, streamed (SAX) into a handler: the imports read one sheet and never build
 * the workbook in memory. Before POI opens anything the file is checked, because it comes from anyone:
 * <ul>
 *     <li>a zip bomb gives up early: at most {@value #MAX_ZIP_ENTRIES} entries and {@value #MAX_UNZIPPED_BYTES} bytes,
 *     counted on the bytes actually inflated rather than the sizes the zip declares (local to this read: POI's own
 *     ZipSecureFile limits are JVM-wide statics shared by every import);</li>
 *     <li>the package must be a workbook: a .docx or .pptx opens as a package too.</li>
 * </ul>
 * The handler may end the reading early by throwing {@link Stop} (a file-level error it has recorded); the caller knows
 * whether it did, so any failure reads {@link Outcome#UNREADABLE} here.
 */
public final class FirstSheet {

    /** Far above any real sheet, far below what would hurt. */
    public static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;
    public static final int MAX_ZIP_ENTRIES = 1_000;

    public enum Outcome {
        /** The first sheet was read to its end. */
        READ,
        /** A workbook without sheets. */
        NO_SHEET,
        /** Not a workbook, not sane, broken, or the handler stopped. */
        UNREADABLE
    }

    /** Thrown by a handler to end the reading (no stack trace: it is not a fault). */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Stop() {
            super(null, null, false, false);
        }
    }

    private FirstSheet() {
    }

    /**
     * Streams the first sheet into the handler made from the workbook's styles and shared strings.
     *
     * @param xlsx    the file's bytes
     * @param handler the SAX handler of the sheet, usually POI's {@code XSSFSheetXMLHandler} or a subclass
     */
    public static Outcome stream(byte[] xlsx, BiFunction<StylesTable, SharedStrings, ContentHandler> handler) {
        Objects.requireNonNull(xlsx, "xlsx");
        if (!saneZip(xlsx)) {
            return Outcome.UNREADABLE;
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
            if (!isWorkbook(pkg)) {
                return Outcome.UNREADABLE;
            }
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return Outcome.NO_SHEET;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler.apply(styles, strings));
                parser.parse(new InputSource(sheet));
            }
            return Outcome.READ;
        } catch (Exception e) {
            // also a Stop, possibly wrapped by the SAX parser
            return Outcome.UNREADABLE;
        } finally {
            if (pkg != null) {
                pkg.revert(); // close without writing anything back
            }
        }
    }

    private static boolean isWorkbook(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
        if (part == null) {
            return false;
        }
        String type = part.getContentType();
        return type.equals(XSSFRelation.WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACROS_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());
    }

    /**
     * Inflates every entry once, counting what comes out, and gives up past the limits. Uses the same zip reader as
     * POI so that it accepts exactly the files POI accepts.
     */
    static boolean saneZip(byte[] bytes) {
        byte[] buffer = new byte[8192];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return false;
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNZIPPED_BYTES) {
                        return false;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return entries > 0;
    }
}
