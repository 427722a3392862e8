package vn.thidua.demo;

import vn.thidua.testsupport.EmbeddedMariaDb;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the start-up of docs/performance.md: from {@code java -jar payara-micro.jar --deploy thidua.war} to
 * {@code /health/ready} answering 200, on a fresh embedded MariaDB each run (so the migrations run, and in demo mode the
 * demo data is generated, as in every test boot and every demo). Not part of the test command.
 * <p>
 * Run after {@code ./mvnw package}: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * vn.thidua.demo.StartupTimer [runs] [plain|demo|both]}, the class path from {@code dependency:build-classpath}. The
 * server's log of each run is kept in {@code target/startup/}.
 */
public final class StartupTimer {

    private static final long TIMEOUT_SECONDS = Long.getLong("startup.timeoutSeconds", 240);

    private StartupTimer() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String modes = args.length > 1 ? args[1] : "both";
        Path work = Path.of(System.getProperty("startup.workdir", "target/startup"));
        Path war = Path.of(System.getProperty("startup.war", "target/thidua.war"));
        Path payara = Path.of(System.getProperty("startup.payara", "target/payara-micro.jar"));
        Path preBoot = Path.of(System.getProperty("startup.preboot", "src/main/payara/pre-boot-commands.txt"));
        List<String> results = new ArrayList<>();
        for (String mode : List.of("plain", "demo")) {
            if (!modes.equals("both") && !modes.equals(mode)) {
                continue;
            }
            List<Double> seconds = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                seconds.add(oneRun(work, war, payara, preBoot, mode.equals("demo"), run));
            }
            List<Double> sorted = new ArrayList<>(seconds);
            sorted.sort(null);
            String line = String.format(Locale.ROOT, "STARTUP %s: runs %s s, median %.1f s", mode,
                    seconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList(), sorted.get(sorted.size() / 2));
            System.out.println(line);
            results.add(line);
        }
        System.out.println("load average: " + loadAverage());
        results.forEach(System.out::println);
    }

    private static double oneRun(Path work, Path war, Path payara, Path preBoot, boolean demo, int run) throws Exception {
        int dbPort = freePort();
        int port = freePort();
        Path runDir = work.resolve((demo ? "demo-" : "plain-") + run);
        // a Payara root directory left by an interrupted run would deploy its old copy of the WAR beside the new one
        deleteRecursively(runDir);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(runDir.resolve("db"), dbPort, "thidua")) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
            // e.g. -Dstartup.jvmArgs=-XX:StartFlightRecording=filename=target/startup/boot.jfr,settings=profile
            String extra = System.getProperty("startup.jvmArgs", "");
            if (!extra.isBlank()) {
                command.addAll(List.of(extra.strip().split("\\s+")));
            }
            command.addAll(List.of("-jar", payara.toString(),
                    "--deploy", war.toString(), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nohazelcast",
                    "--prebootcommandfile", preBoot.toString(),
                    "--rootdir", runDir.resolve("payara").toString()));
            Files.createDirectories(runDir);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(runDir.resolve("server.log").toFile());
            builder.environment().put("DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/thidua");
            builder.environment().put("DB_USER", "root");
            builder.environment().put("DB_PASSWORD", "");
            builder.environment().put("THIDUA_DEMO", String.valueOf(demo));
            long start = System.nanoTime();
            Process server = builder.start();
            try {
                while (!ready(port)) {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("Payara stopped; see " + runDir.resolve("server.log"));
                    }
                    if (System.nanoTime() - start > TIMEOUT_SECONDS * 1_000_000_000L) {
                        throw new IllegalStateException("Not ready within " + TIMEOUT_SECONDS + " s; see " + runDir.resolve("server.log"));
                    }
                    Thread.sleep(100);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%s run %d: ready in %.1f s, Payara CPU %.1f s, load average %s%n",
                        demo ? "demo" : "plain", run, seconds, cpuSeconds(server.pid()), loadAverage());
                return seconds;
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
    }

    /**
     * User + system CPU of the Payara process so far (Linux /proc): on a shared machine the wall-clock time depends on
     * what else runs, the CPU time much less.
     */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted from the state field (3)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean ready(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/health/ready").openConnection();
            c.setConnectTimeout(200);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
