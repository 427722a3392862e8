package vn.thidua.assessment;

/**
 * Announced (as a CDI event) by {@link ResultService} when a campaign's values have changed. Whoever keeps something
 * computed from those values (the tally's cache of clusters) forgets it once the writing transaction is over.
 */
public record ResultsRecorded(long campaignId) {
}
