/** The home page's backing bean: thin, reading {@code vn.thidua.dashboard}'s views. */
package vn.thidua.dashboard.web;
