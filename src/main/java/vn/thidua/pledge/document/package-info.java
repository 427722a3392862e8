/**
 * The signed pledge as a PDF in the administrative layout of Decree 30/2020/NĐ-CP (OpenPDF), with its QR code and the
 * verification code on every page; also the PDF pieces ({@code PdfCells}, {@code PageFooter}, {@code DocumentFonts})
 * that the review and tally documents borrow for now. Stateless and thread-safe. May use only {@code shared.text}
 * and OpenPDF.
 */
package vn.thidua.pledge.document;
