package vn.thidua.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The soak's files: one CSV line per sample with its figures in order, and a chart that draws them. */
class SoakSamplerTest {

    @Test
    void liveHeapOfARunningJvm() throws Exception {
        // this test's own JVM stands for Payara's: jcmd attaches to it as to any process of the same user
        long[] heap = new SoakSampler(ProcessHandle.current().pid(), null).heap();
        assertTrue(heap[0] > 0, "live MB " + heap[0]);
        assertTrue(heap[1] >= heap[0], "committed " + heap[1] + " MB, live " + heap[0] + " MB");
    }

    @Test
    void csvAndChart(@TempDir Path dir) throws Exception {
        SoakSampler sampler = new SoakSampler(0, null);
        sampler.samples.add(new SoakSampler.Sample(0, 150, 300, 90, 700, 30, 0, 0, 0));
        sampler.samples.add(new SoakSampler.Sample(0.5, 160, 310, 92, 710, 31, 2, 400, 1));
        sampler.samples.add(new SoakSampler.Sample(1.0, 158, 310, 91, 712, 30, 1, 800, 1));
        sampler.writeCsv(dir.resolve("soak.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("soak.csv"));
        assertEquals(4, lines.size());
        assertEquals("minute,heap_after_gc_mb,heap_committed_mb,threads,rss_mb,db_connections,db_active,requests,server_errors",
                lines.get(0));
        assertEquals("0.50,160,310,92,710,31,2,400,1", lines.get(2));

        sampler.writeChart(dir.resolve("soak.png"));
        BufferedImage image = ImageIO.read(dir.resolve("soak.png").toFile());
        assertEquals(900, image.getWidth());
        // the heap's line is drawn in its colour somewhere in the first panel (not an empty frame)
        boolean drawn = false;
        for (int x = 70; x < 880 && !drawn; x++) {
            for (int y = 30; y < 230 && !drawn; y++) {
                drawn = (image.getRGB(x, y) & 0xFFFFFF) == 0x1F77B4;
            }
        }
        assertEquals(true, drawn);
        assertNotEquals(0xFFFFFF, image.getRGB(70, 230) & 0xFFFFFF, "the panel's base line");
    }
}
