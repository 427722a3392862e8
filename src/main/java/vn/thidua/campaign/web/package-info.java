/** The campaign list and campaign pages (create, launch, close, copy to next year, its clusters). */
package vn.thidua.campaign.web;
