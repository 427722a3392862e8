/** JSON endpoint of a cluster's review ({@code /api/v1/clusters/{id}/review}), in scope only. */
package vn.thidua.review.api;
