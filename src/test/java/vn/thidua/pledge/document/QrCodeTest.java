package vn.thidua.pledge.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.nayuki.qrcodegen.QrCode;

/** The verification QR that the signed PDF carries: its size, its level, and that readers give back the same text. */
class QrCodeTest {

    private static final String URL = "http://localhost:8080/verify.xhtml?code=TD-7K3M-9QXP";
    private static final String[] SAMPLES = {URL, "a", "x".repeat(100), "Mã xác minh: TD-7K3M-9QXP · Cụm thi đua số 1",
        "y".repeat(300), "z".repeat(700), "w".repeat(1500), "v".repeat(2300)};

    @Test
    void picksTheSmallestVersionAtLevelM() {
        // Byte-mode capacities at level M: v1 14, v2 26, v3 42, v4 62, v10 213 bytes (the same as the former encoder).
        assertEquals(1, PledgePdfWriter.qrCode("x".repeat(14)).version);
        assertEquals(2, PledgePdfWriter.qrCode("x".repeat(15)).version);
        assertEquals(4, PledgePdfWriter.qrCode(URL).version);
        assertEquals(10, PledgePdfWriter.qrCode("x".repeat(213)).version);
        assertEquals(11, PledgePdfWriter.qrCode("x".repeat(214)).version);
        assertEquals(33, PledgePdfWriter.qrCode(URL).size);
        assertEquals(QrCode.Ecc.MEDIUM, PledgePdfWriter.qrCode("x".repeat(14)).errorCorrectionLevel);
        assertThrows(RuntimeException.class, () -> PledgePdfWriter.qrCode("x".repeat(3000)));
    }

    @Test
    void finderPatternsAreInTheCorners() {
        QrCode qr = PledgePdfWriter.qrCode(URL);
        int n = qr.size;
        for (int[] corner : new int[][] {{0, 0}, {n - 7, 0}, {0, n - 7}}) {
            for (int i = 0; i < 7; i++) {
                assertTrue(qr.getModule(corner[0] + i, corner[1]));
                assertTrue(qr.getModule(corner[0], corner[1] + i));
            }
            assertEquals(false, qr.getModule(corner[0] + 1, corner[1] + 1));
            assertTrue(qr.getModule(corner[0] + 3, corner[1] + 3));
        }
    }

    /** Decoded by another library than the one that encoded it, on every machine. */
    @Test
    void zxingReadsBackTheSameText() throws Exception {
        for (String sample : SAMPLES) {
            BufferedImage image = render(PledgePdfWriter.qrCode(sample), 4);
            int w = image.getWidth();
            int h = image.getHeight();
            RGBLuminanceSource source = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.PURE_BARCODE, true, DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
            assertEquals(sample, decoded, "version " + PledgePdfWriter.qrCode(sample).version);
        }
    }

    /**
     * The signed PDF itself, rendered as a printer would (pdftoppm, where poppler-utils is installed): its QR reads back
     * as the verification address. This is what a phone sees on the paper copy.
     */
    @Test
    void theSignedPdfsQrReadsBackAsItsVerificationAddress() throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        assumeTrue(Files.isExecutable(pdftoppm), "pdftoppm not installed");
        Path dir = Files.createTempDirectory("qr-pdf");
        try {
            Path pdf = dir.resolve("pledge.pdf");
            Files.write(pdf, PledgePdfWriter.write(PledgePdfWriterTest.sample(true), new Locale("vi")));
            Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "150", pdf.toString(),
                    dir.resolve("page").toString()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftoppm failed");
            String found = null;
            try (var pages = Files.list(dir)) {
                for (Path png : pages.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                    BufferedImage page = ImageIO.read(png.toFile());
                    int w = page.getWidth();
                    int h = page.getHeight();
                    RGBLuminanceSource source = new RGBLuminanceSource(w, h, page.getRGB(0, 0, w, h, null, 0, w));
                    try {
                        found = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                                Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
                        break;
                    } catch (NotFoundException e) {
                        // no QR on this page: the verification box is on one page only
                    }
                }
            }
            assertEquals(URL, found);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Decodes with zbarimg as well when the machine has it (zbar-tools); skipped elsewhere. */
    @Test
    void decodesWithZbarWhenAvailable() throws Exception {
        Path zbar = Path.of("/usr/bin/zbarimg");
        assumeTrue(Files.isExecutable(zbar), "zbarimg not installed");
        for (String sample : SAMPLES) {
            Path png = Files.createTempFile("qr", ".png");
            try {
                ImageIO.write(render(PledgePdfWriter.qrCode(sample), 4), "png", png.toFile());
                assertEquals(sample, zbar(zbar, png), "version " + PledgePdfWriter.qrCode(sample).version);
            } finally {
                Files.deleteIfExists(png);
            }
        }
    }

    private static String zbar(Path zbar, Path png) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(zbar.toString(), "--raw", "-q", "-Sbinary", png.toString()).start();
        p.waitFor(30, TimeUnit.SECONDS);
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\n$", "");
    }

    private static BufferedImage render(QrCode qr, int scale) {
        int quiet = 4;
        int px = (qr.size + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(px, px, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < px; y++) {
            for (int x = 0; x < px; x++) {
                int mx = x / scale - quiet;
                int my = y / scale - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.getModule(mx, my);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
