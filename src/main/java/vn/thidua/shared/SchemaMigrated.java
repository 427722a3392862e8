package vn.thidua.shared;

/**
 * Announced once per start, off the deployment thread, when Flyway has brought the schema up to date: what needs the
 * schema at start-up (the persistence unit's warm-up, the demo data, the first administrator) observes it, in the
 * order of its observers' {@code @Priority}, and the instance is ready once every observer has returned.
 */
public record SchemaMigrated(String schemaVersion) {

    /** Observer priorities: the persistence unit first, then data that others' checks may depend on. */
    public static final int PERSISTENCE = 100;
    public static final int DEMO_DATA = 200;
    public static final int BOOTSTRAP_ADMIN = 300;
}
