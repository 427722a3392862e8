package vn.thidua.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Path;

/**
 * Starts the embedded MariaDB once for the whole integration-test run, before Arquillian boots Payara (which reads
 * DB_URL from the environment failsafe gives it). Only when failsafe says so (it.db.embedded=true): unit tests and
 * runs against an existing server (it.db.embedded=false, it.db.url=…) start nothing.
 */
public class DatabaseForIntegrationTests implements LauncherSessionListener {

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.parseBoolean(System.getProperty("it.db.embedded", "false")) || System.getProperty("it.war") == null) {
            return;
        }
        int port = Integer.parseInt(System.getProperty("it.db.port"));
        Path work = Path.of(System.getProperty("it.workdir", "target/it")).resolve("db");
        db = EmbeddedMariaDb.start(work, port, "thidua_it");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            db.close();
        }
    }
}
