package vn.thidua.demo;

import vn.thidua.testsupport.EmbeddedMariaDb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo command (./mvnw -Pdemo): an embedded real MariaDB, then the built WAR on Payara Micro in demo mode.
 * Ctrl-C stops Payara and the database, whose files are thrown away: every start is a fresh demo.
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("demo.workdir", "target/demo"));
        int port = Integer.parseInt(System.getProperty("demo.port", "8080"));
        int dbPort = Integer.parseInt(System.getProperty("demo.db.port", "3397"));
        Path war = Path.of(System.getProperty("demo.war", "target/thidua.war"));
        Path payara = Path.of(System.getProperty("demo.payara", "target/payara-micro.jar"));
        Path preBoot = Path.of(System.getProperty("demo.preboot", "src/main/payara/pre-boot-commands.txt"));

        System.out.println("Thi Đua demo: starting the embedded MariaDB on port " + dbPort + " …");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("db"), dbPort, "thidua");
        Process[] server = new Process[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (server[0] != null && server[0].isAlive()) {
                server[0].destroy();
                try {
                    server[0].waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            db.close();
            System.out.println("Thi Đua demo stopped.");
        }));

        Files.createDirectories(work);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dthidua.demo=true",
                "-jar", payara.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nohazelcast",
                "--prebootcommandfile", preBoot.toString(),
                "--rootdir", work.resolve("payara").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/thidua");
        builder.environment().put("DB_USER", "root");
        builder.environment().put("DB_PASSWORD", "");
        builder.environment().put("THIDUA_DEMO", "true");
        server[0] = builder.start();
        new Thread(() -> announceWhenUp(port), "demo-announcer").start();
        int exit = server[0].waitFor();
        System.exit(exit);
    }

    private static void announceWhenUp(int port) {
        String url = "http://localhost:" + port + "/";
        for (int i = 0; i < 240; i++) {
            try {
                var connection = (java.net.HttpURLConnection) new java.net.URL(url + "login.xhtml").openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() == 200) {
                    System.out.println();
                    System.out.println("=================================================================");
                    System.out.println(" Thi Đua is running: " + url);
                    System.out.println(" Sign in with password '" + "thidua-demo" + "' as:");
                    System.out.println("   canbo        staff of the An Minh district Front");
                    System.out.println("   vankhanhtay  chair of Vân Khánh Tây (leads Cụm số 1)");
                    System.out.println("   dongthanh    chair of Đông Thạnh (leads Cụm số 2)");
                    System.out.println("   thuanhoa     chair of Thuận Hoà (a member)");
                    System.out.println("   lanhdao      a leader, read-only (API token: demo-viewer-token)");
                    System.out.println("   quantri      administrator");
                    System.out.println(" Ctrl-C stops the demo and its database.");
                    System.out.println("=================================================================");
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.out.println("Thi Đua did not answer on " + url + " within 4 minutes: see the log above.");
    }
}
