package vn.thidua.shared.files;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadedFileTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};

    private static String refusal(String name, byte[] content, long max) {
        return assertThrows(RuleViolation.class, () -> UploadedFile.check(name, content, max)).getKey();
    }

    @Test
    void acceptsPdf() {
        UploadedFile file = UploadedFile.check("cam-ket.pdf", PDF, TEN_MB);
        assertEquals("application/pdf", file.getContentType());
        assertEquals("pdf", file.getExtension());
        assertEquals("cam-ket.pdf", file.getSafeName());
        assertEquals(PDF.length, file.getSize());
        assertArrayEquals(PDF, file.getContent());
        assertEquals(UploadedFile.sha256Hex(PDF), file.getSha256());
    }

    @Test
    void acceptsJpegAndPngWhateverTheyAreCalled() {
        UploadedFile jpeg = UploadedFile.check("photo.JPEG", JPEG, TEN_MB);
        assertEquals("image/jpeg", jpeg.getContentType());
        assertEquals("jpg", jpeg.getExtension());
        assertEquals("photo.jpg", jpeg.getSafeName());

        // Named .pdf but is a PNG: the content decides, and the name follows it.
        UploadedFile png = UploadedFile.check("trang1.pdf", PNG, TEN_MB);
        assertEquals("image/png", png.getContentType());
        assertEquals("png", png.getExtension());
        assertEquals("trang1.png", png.getSafeName());
    }

    @Test
    void refusesTextAndHtmlWhateverTheyAreCalled() {
        byte[] text = "Đây không phải PDF".getBytes(StandardCharsets.UTF_8);
        assertEquals("file.error.type", refusal("scan.pdf", text, TEN_MB));
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("file.error.type", refusal("scan.pdf", html, TEN_MB));
        assertEquals("file.error.type", refusal("scan.png", html, TEN_MB));
        // A PDF signature that does not start the file is not a PDF.
        byte[] late = " %PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertEquals("file.error.type", refusal("scan.pdf", late, TEN_MB));
        // Shorter than any signature.
        assertEquals("file.error.type", refusal("x.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}, TEN_MB));
    }

    @Test
    void refusesEmpty() {
        assertEquals("file.error.empty", refusal("scan.pdf", new byte[0], TEN_MB));
        assertEquals("file.error.empty", refusal("scan.pdf", null, TEN_MB));
    }

    @Test
    void refusesTooLargeAndSaysTheLimitInMegabytes() {
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        RuleViolation violation = assertThrows(RuleViolation.class, () -> UploadedFile.check("big.pdf", big, 1024 * 1024));
        assertEquals("file.error.tooLarge", violation.getKey());
        assertEquals(List.of("1"), violation.getArgs());
        byte[] overTen = new byte[(int) TEN_MB + 1];
        System.arraycopy(PDF, 0, overTen, 0, PDF.length);
        assertEquals(List.of("10"), assertThrows(RuleViolation.class,
                () -> UploadedFile.check("big.pdf", overTen, TEN_MB)).getArgs());
        assertEquals(big.length, UploadedFile.check("big.pdf", big, big.length).getSize());
    }

    @Test
    void stripsPathsFromNames() {
        assertEquals("passwd.pdf", UploadedFile.check("../../etc/passwd.pdf", PDF, TEN_MB).getSafeName());
        assertEquals("y.png", UploadedFile.check("C:\\x\\y.png", PNG, TEN_MB).getSafeName());
        assertEquals("scan.pdf", UploadedFile.check("..", PDF, TEN_MB).getSafeName());
        assertEquals("scan.pdf", UploadedFile.check("dir/", PDF, TEN_MB).getSafeName());
        assertEquals("scan.pdf", UploadedFile.check(".pdf", PDF, TEN_MB).getSafeName());
        assertEquals("bashrc.pdf", UploadedFile.check(".bashrc", PDF, TEN_MB).getSafeName());
        assertEquals("scan.jpg", UploadedFile.check(null, JPEG, TEN_MB).getSafeName());
        assertEquals("scan.jpg", UploadedFile.check("   ", JPEG, TEN_MB).getSafeName());
    }

    @Test
    void replacesCharactersUnsafeInHeadersAndFileSystems() {
        assertEquals("a_b_ __c_.pdf", UploadedFile.check("a\"b; \r\nc*.pdf", PDF, TEN_MB).getSafeName());
        assertEquals("x_y_z.pdf", UploadedFile.check("x<y>z.exe", PDF, TEN_MB).getSafeName());
        assertEquals("bản v1.2.pdf", UploadedFile.check("bản v1.2", PDF, TEN_MB).getSafeName());
    }

    @Test
    void keepsVietnameseNamesInComposedForm() {
        String decomposed = "Bie\u0302n ba\u0309n ky\u0301 ke\u0302\u0301t.pdf"; // "Biên bản ký kết" typed on a Mac
        assertEquals("Biên bản ký kết.pdf", UploadedFile.check(decomposed, PDF, TEN_MB).getSafeName());
        assertEquals("Cam kết thi đua - Xã Hòa An_2024.pdf",
                UploadedFile.check("Cam kết thi đua - Xã Hòa An_2024.PDF", PDF, TEN_MB).getSafeName());
    }

    @Test
    void limitsNameLength() {
        String longName = "Đ".repeat(300) + ".png";
        String safe = UploadedFile.check(longName, PNG, TEN_MB).getSafeName();
        assertEquals(120, safe.length());
        assertTrue(safe.endsWith("Đ.png"));
    }

    @Test
    void contentCannotBeChangedAfterTheCheck() {
        byte[] buffer = PDF.clone();
        UploadedFile file = UploadedFile.check("a.pdf", buffer, TEN_MB);
        buffer[0] = 'X';
        file.getContent()[1] = 'X';
        assertArrayEquals(PDF, file.getContent());
        assertEquals(UploadedFile.sha256Hex(PDF), file.getSha256());
    }

    @Test
    void hashesAsLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", UploadedFile.sha256Hex(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                UploadedFile.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
