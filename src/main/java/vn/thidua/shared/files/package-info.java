/** Stored files (scans, evidence, signed documents, kept in the database, table {@code stored_file}) and the checks of an uploaded file (type read from the content, not the name). */
package vn.thidua.shared.files;
