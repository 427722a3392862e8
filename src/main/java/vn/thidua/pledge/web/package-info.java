/** The pledge pages: drafting, comments, comparison, signing, paper signatures, the to-do list, the public verification page, file downloads. */
package vn.thidua.pledge.web;
