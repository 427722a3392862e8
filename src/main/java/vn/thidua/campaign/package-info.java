/**
 * Phong trào thi đua (campaigns): one organiser unit's emulation campaign for a year, its rating scale (mức xếp loại,
 * data per campaign, rank 1 best) and the copy to next year.
 * <p>
 * Rules: the period is sane and starts before it ends; a campaign moves Draft → Launched → Closed, never back; once
 * closed its clusters and membership are frozen. {@link vn.thidua.campaign.CampaignAccess} says who reads and who
 * manages a campaign (staff over the organiser's subtree; chairs read the campaigns of organisers above them).
 * <p>
 * May use: {@code organisation}, {@code security}, {@code shared}. Also uses {@code cluster} to copy a campaign's
 * clusters into the next year, which with {@code cluster}'s dependency on {@code Campaign} is a known cycle frozen
 * in the architecture test. Owns {@code campaign} and {@code rating_level}.
 */
package vn.thidua.campaign;
