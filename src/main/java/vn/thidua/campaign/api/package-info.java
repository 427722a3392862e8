/** JSON endpoints on campaigns ({@code /api/v1/campaigns}, and a campaign's clusters). */
package vn.thidua.campaign.api;
