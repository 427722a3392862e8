/** JSON endpoint that records results from a CSV body ({@code POST /api/v1/campaigns/{id}/results}), all or nothing. */
package vn.thidua.assessment.api;
