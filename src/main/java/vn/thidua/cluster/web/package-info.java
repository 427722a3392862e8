/** The cluster page: members, leader and deputy, registering and removing members. */
package vn.thidua.cluster.web;
