package vn.thidua.shared;

/**
 * Announced (as a CDI event, inside the writing transaction) when something a campaign's computed figures are made of
 * has changed: recorded results, a pledge's targets, a cluster's members, leader or name. Whoever keeps figures computed
 * from them (the tally's cache of clusters) forgets the campaign's once the transaction is over, so that the next read
 * shows the change.
 */
public record CampaignDataChanged(long campaignId) {
}
