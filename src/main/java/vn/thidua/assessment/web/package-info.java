/** The results sheet of a commune (ratings and figures, import, workflow) and its CSV/.xlsx template download. */
package vn.thidua.assessment.web;
