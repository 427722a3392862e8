package vn.thidua.pledge.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String URL = "http://localhost:8080/verify.xhtml?code=TD-7K3M-9QXP";

    @Test
    void picksTheSmallestVersion() {
        // Byte-mode capacities at level M: v1 14, v2 26, v3 42, v4 62, v10 213 bytes.
        assertEquals(1, QrCode.encode("x".repeat(14)).version());
        assertEquals(2, QrCode.encode("x".repeat(15)).version());
        assertEquals(4, QrCode.encode(URL).version());
        assertEquals(10, QrCode.encode("x".repeat(213)).version());
        assertEquals(11, QrCode.encode("x".repeat(214)).version());
        assertEquals(33, QrCode.encode(URL).size());
        assertThrows(IllegalArgumentException.class, () -> QrCode.encode("x".repeat(3000)));
    }

    @Test
    void finderPatternsAreInTheCorners() {
        QrCode qr = QrCode.encode(URL);
        int n = qr.size();
        for (int[] corner : new int[][] {{0, 0}, {n - 7, 0}, {0, n - 7}}) {
            for (int i = 0; i < 7; i++) {
                assertEquals(true, qr.isDark(corner[0] + i, corner[1]));
                assertEquals(true, qr.isDark(corner[0], corner[1] + i));
            }
            assertEquals(false, qr.isDark(corner[0] + 1, corner[1] + 1));
            assertEquals(true, qr.isDark(corner[0] + 3, corner[1] + 3));
        }
    }

    /** Decodes with zbarimg when the machine has it (zbar-tools); skipped elsewhere. */
    @Test
    void decodesWithZbarWhenAvailable() throws Exception {
        Path zbar = Path.of("/usr/bin/zbarimg");
        assumeTrue(Files.isExecutable(zbar), "zbarimg not installed");
        String[] samples = {URL, "a", "x".repeat(100), "Mã xác minh: TD-7K3M-9QXP · Cụm thi đua số 1",
            "y".repeat(300), "z".repeat(700), "w".repeat(1500), "v".repeat(2300)};
        for (String sample : samples) {
            Path png = Files.createTempFile("qr", ".png");
            try {
                ImageIO.write(render(QrCode.encode(sample), 4), "png", png.toFile());
                assertEquals(sample, zbar(zbar, png), "version " + QrCode.encode(sample).version());
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
        int px = (qr.size() + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(px, px, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < px; y++) {
            for (int x = 0; x < px; x++) {
                int mx = x / scale - quiet;
                int my = y / scale - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size() && qr.isDark(mx, my);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
