package vn.thidua.shared.xlsx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files that an .xlsx import must refuse before POI opens them ({@link FirstSheet}), for the tests of every import. */
public final class BadFiles {

    private BadFiles() {
    }

    /** A Word document: a valid package, not a workbook. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet that inflates one byte past the limit: a few hundred kilobytes of zeros on disk. */
    public static byte[] bomb() {
        return zip(1, (int) FirstSheet.MAX_UNZIPPED_BYTES + 1);
    }

    /** A zip of {@code entries} sheets of {@code size} zero bytes each, written in chunks (zeros compress to almost nothing). */
    public static byte[] zip(int entries, int size) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] zeros = new byte[Math.min(size, 1 << 20)];
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (e + 1) + ".xml"));
                for (int left = size; left > 0; left -= zeros.length) {
                    zip.write(zeros, 0, Math.min(left, zeros.length));
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
