/**
 * Cụm thi đua (clusters) of a campaign: members, leader unit (cụm trưởng) and deputy (cụm phó), the leader history
 * across years (lineage key) and the rotation of the leader (luân phiên cụm trưởng).
 * <p>
 * Rules: exactly one leader and at most one deputy, both members and distinct; members lie strictly inside the
 * organiser's subtree and are active in the campaign's year; a unit belongs to at most one cluster per campaign
 * (checked by the service, enforced by a unique key); nothing changes once the campaign is closed. Staff appoint the
 * leadership; the leader unit's chair (and staff) register and remove members. Changes announce
 * {@code CampaignDataChanged} so computed figures are dropped.
 * <p>
 * May use: {@code campaign}, {@code organisation}, {@code security}, {@code shared}. Owns {@code cluster} and
 * {@code cluster_member} (the leader history is read from them across years).
 */
package vn.thidua.cluster;
