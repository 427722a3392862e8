/** The review pages: the scoring sheet editor, a unit's sheet, the cluster's ranking, meeting and proposals, evidence downloads. */
package vn.thidua.review.web;
