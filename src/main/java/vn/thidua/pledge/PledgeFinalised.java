package vn.thidua.pledge;

/**
 * Announced (as a CDI event, inside the finalising transaction) when a pledge version is finalised and open for
 * signing. Observers that write (the notification outbox) thus commit or roll back with the pledge itself.
 */
public record PledgeFinalised(long versionId) {
}
