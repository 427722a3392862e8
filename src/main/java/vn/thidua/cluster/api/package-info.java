/** JSON endpoints on clusters ({@code /api/v1/clusters}): read, register and remove members, with the page's rules and rights. */
package vn.thidua.cluster.api;
