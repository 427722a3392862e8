package vn.thidua.load;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's figures every interval: the server's heap after a full GC (what is still live, not what the collector has
 * not reached yet; see {@link #heap()}), its threads (/proc), its resident memory, the database's open
 * connections (Threads_connected less this sampler's own) and those running a statement at that instant.
 */
final class SoakSampler {

    record Sample(double minute, long heapAfterGcMb, long heapCommittedMb, int threads, long rssMb, int dbConnected,
                  int dbActive, long requests, long serverErrors) {
    }

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final long pid;
    private final Connection sql;
    private final String jcmd;
    final List<Sample> samples = new ArrayList<>();

    SoakSampler(long pid, Connection sql) {
        this.pid = pid;
        this.sql = sql;
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    Sample sample(double minute, long requests, long serverErrors) throws IOException, InterruptedException, SQLException {
        long[] heap = heap();
        long used = heap[0];
        long total = heap[1];
        int threads = -1;
        long rss = -1;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.substring(8).trim());
            } else if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.substring(6).replace("kB", "").trim()) / 1024;
            }
        }
        int connected;
        int active;
        try (Statement s = sql.createStatement()) {
            try (ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Threads_connected'")) {
                r.next();
                connected = r.getInt(2) - 1;
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                    + " AND COMMAND NOT IN ('Sleep', 'Daemon')")) {
                r.next();
                active = r.getInt(1);
            }
        }
        Sample sample = new Sample(minute, used, total, threads, rss, connected, active, requests, serverErrors);
        samples.add(sample);
        return sample;
    }

    /**
     * The live heap in MB after a full GC and the committed heap: {@code GC.class_histogram} collects first and then
     * counts what is still reachable, in the same pause. (GC.run followed by GC.heap_info, as the first runs did,
     * also counted what the load allocated in the second between the two commands: up to ~50 MB of noise.)
     */
    long[] heap() throws IOException, InterruptedException {
        String histogram = run(jcmd, String.valueOf(pid), "GC.class_histogram");
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        long live = total.find() ? Long.parseLong(total.group(1)) >> 20 : -1;
        Matcher m = HEAP.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
        long committed = m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        return new long[]{live, committed};
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    void writeCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder("minute,heap_after_gc_mb,heap_committed_mb,threads,rss_mb,db_connections,"
                + "db_active,requests,server_errors\n");
        for (Sample s : samples) {
            out.append(String.format(Locale.ROOT, "%.2f,%d,%d,%d,%d,%d,%d,%d,%d%n", s.minute(), s.heapAfterGcMb(),
                    s.heapCommittedMb(), s.threads(), s.rssMb(), s.dbConnected(), s.dbActive(), s.requests(), s.serverErrors()));
        }
        Files.writeString(file, out);
    }

    /** Three panels over time (heap after GC, server threads, database connections), each from 0 to its maximum. */
    void writeChart(Path file) throws IOException {
        int width = 900;
        int panel = 200;
        int left = 70;
        int top = 30;
        BufferedImage image = new BufferedImage(width, top + 3 * (panel + 40) + 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double maxMinute = samples.isEmpty() ? 1 : Math.max(1, samples.get(samples.size() - 1).minute());
        String[] titles = {"heap after full GC (MB)", "Payara threads", "DB connections open (blue) / running a statement (orange)"};
        for (int p = 0; p < 3; p++) {
            int y0 = top + p * (panel + 40);
            List<double[]> series = new ArrayList<>();
            for (int k = 0; k < (p == 2 ? 2 : 1); k++) {
                double[] values = new double[samples.size()];
                for (int i = 0; i < samples.size(); i++) {
                    Sample s = samples.get(i);
                    values[i] = switch (p) {
                        case 0 -> s.heapAfterGcMb();
                        case 1 -> s.threads();
                        default -> k == 0 ? s.dbConnected() : s.dbActive();
                    };
                }
                series.add(values);
            }
            double max = 1;
            for (double[] values : series) {
                for (double v : values) {
                    max = Math.max(max, v);
                }
            }
            max = Math.ceil(max * 1.15);
            g.setColor(Color.BLACK);
            g.drawString(titles[p], left, y0 - 8);
            g.setColor(new Color(0xDDDDDD));
            for (int t = 0; t <= 4; t++) {
                int y = y0 + panel - t * panel / 4;
                g.drawLine(left, y, width - 20, y);
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.format(Locale.ROOT, "%.0f", max * t / 4), 10, y + 4);
                g.setColor(new Color(0xDDDDDD));
            }
            g.setColor(Color.DARK_GRAY);
            for (int t = 0; t <= 6; t++) {
                int x = left + (int) ((width - 20 - left) * t / 6.0);
                g.drawString(String.format(Locale.ROOT, "%.0f min", maxMinute * t / 6), x - 15, y0 + panel + 15);
            }
            Color[] colors = {new Color(0x1F77B4), new Color(0xFF7F0E)};
            for (int k = 0; k < series.size(); k++) {
                double[] values = series.get(k);
                g.setColor(colors[k]);
                g.setStroke(new BasicStroke(2f));
                for (int i = 1; i < values.length; i++) {
                    int x1 = left + (int) ((width - 20 - left) * samples.get(i - 1).minute() / maxMinute);
                    int x2 = left + (int) ((width - 20 - left) * samples.get(i).minute() / maxMinute);
                    int y1 = y0 + panel - (int) (panel * values[i - 1] / max);
                    int y2 = y0 + panel - (int) (panel * values[i] / max);
                    g.drawLine(x1, y1, x2, y2);
                }
                g.setStroke(new BasicStroke(1f));
            }
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
