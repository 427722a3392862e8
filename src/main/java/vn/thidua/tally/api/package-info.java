/** JSON endpoint of a campaign's tally ({@code /api/v1/campaigns/{id}/tally}). */
package vn.thidua.tally.api;
