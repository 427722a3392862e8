/**
 * What every feature stands on, and nothing feature-specific: the data source and Flyway migrations (run before the
 * first request; EclipseLink never generates tables), health checks, configuration, the rule-violation type carrying a
 * bundle key, the {@code CampaignDataChanged} event, time in Vietnam, names (NFC), SHA-256 and canonical JSON.
 * <p>
 * May use: libraries only; never a feature package (the architecture test forbids the cycle it would close).
 */
package vn.thidua.shared;
