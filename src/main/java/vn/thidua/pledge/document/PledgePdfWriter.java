package vn.thidua.pledge.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

import vn.thidua.pledge.document.PledgeDocument.AuditLine;
import vn.thidua.pledge.document.PledgeDocument.Clause;
import vn.thidua.pledge.document.PledgeDocument.SignatureLine;
import vn.thidua.pledge.document.PledgeDocument.TargetLine;
import vn.thidua.shared.document.AdministrativeHeading;
import vn.thidua.shared.document.DocumentFonts;
import vn.thidua.shared.document.PageFooter;
import vn.thidua.shared.document.PdfCells;
import vn.thidua.shared.text.LightText;

/**
 * The pledge as a Vietnamese administrative document (layout of Decree 30/2020/NĐ-CP, Appendix I): national heading
 * beside the issuing body, place and date, title, clauses, targets, signatures, a verification box with a QR code,
 * and the pledge log as an appendix. Every page carries the verification code and the start of the fingerprint, so a
 * single printed page can still be checked.
 *
 * <p>Stateless and thread-safe: every call builds its own fonts from font bytes read once.
 */
public final class PledgePdfWriter {

    /** Keyword prefix that carries the verification code in the PDF metadata; read back by {@link #readVerificationCode}. */
    public static final String VERIFY_KEYWORD = "thidua-verify:";

    private static final Pattern VERIFY_PATTERN = Pattern.compile(Pattern.quote(VERIFY_KEYWORD) + "([A-Za-z0-9][A-Za-z0-9-]{0,63})");
    /** Keyword that carries the log's head when the document was rendered; read back by {@link #readChainHead}. */
    public static final String CHAIN_KEYWORD = "thidua-chain:";
    private static final Pattern CHAIN_PATTERN = Pattern.compile(Pattern.quote(CHAIN_KEYWORD) + "(\\d{1,9}):([0-9a-f]{64})");
    private static final String BUNDLE = "vn.thidua.i18n.document";
    private static final Locale VIETNAMESE = new Locale("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final float MM = 72f / 25.4f;
    // Decree 30/2020: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm. Bottom a little larger for the footer.
    private static final float MARGIN_TOP = 20 * MM;
    private static final float MARGIN_BOTTOM = 22 * MM;
    private static final float MARGIN_LEFT = 30 * MM;
    private static final float MARGIN_RIGHT = 15 * MM;

    private static final float BODY_SIZE = 13f;
    private static final float TABLE_SIZE = 9.5f;
    private static final Color HEADER_FILL = new Color(232, 232, 232);
    private static final Color GREY = new Color(90, 90, 90);
    private static final Color WATERMARK = new Color(200, 0, 0);

    private PledgePdfWriter() {
    }

    /** The PDF bytes. The locale picks the labels; the document's own content is shown as given. */
    public static byte[] write(PledgeDocument doc, Locale locale) {
        try {
            return new Run(doc, labels(locale)).write();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot build pledge PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The verification code stored in the PDF's keywords, or empty when the bytes are not a readable PDF or carry no
     * code. Never throws: the bytes may come from anyone (an uploaded file to verify).
     */
    public static Optional<String> readVerificationCode(byte[] pdf) {
        return readKeyword(pdf, VERIFY_PATTERN).map(m -> m.group(1));
    }

    /** The log's head printed in the PDF's keywords ("count:hash"), or empty; never throws, like the code. */
    public static Optional<String[]> readChainHead(byte[] pdf) {
        return readKeyword(pdf, CHAIN_PATTERN).map(m -> new String[] {m.group(1), m.group(2)});
    }

    private static Optional<Matcher> readKeyword(byte[] pdf, Pattern pattern) {
        if (pdf == null || pdf.length < 16) {
            return Optional.empty();
        }
        PdfReader reader = null;
        try {
            reader = new PdfReader(pdf);
            String keywords = reader.getInfo().get("Keywords");
            if (keywords == null) {
                return Optional.empty();
            }
            Matcher m = pattern.matcher(keywords);
            return m.find() ? Optional.of(m) : Optional.empty();
        } catch (Exception | StackOverflowError e) {
            // Hostile or broken files can fail deep inside the parser in many ways (even by recursion); all mean "no code".
            return Optional.empty();
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (RuntimeException ignored) {
                    // nothing held that matters: the input was an in-memory array
                }
            }
        }
    }

    /**
     * The verification QR: the text as UTF-8 in byte mode (no ECI header, which some phone readers show as text), level M
     * (enough redundancy for a photocopied page, smaller than Q or H), never boosted, in the smallest version that fits.
     */
    static QrCode qrCode(String text) {
        return QrCode.encodeSegments(List.of(QrSegment.makeBytes(text.getBytes(StandardCharsets.UTF_8))),
                QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION, QrCode.MAX_VERSION, -1, false);
    }

    private static ResourceBundle labels(Locale locale) {
        // No fallback to the JVM's default locale: an English request on a Vietnamese server must get English.
        return ResourceBundle.getBundle(BUNDLE, locale == null ? VIETNAMESE : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    // ---- fonts

    private static final class Fonts {
        final BaseFont regular = DocumentFonts.regular();
        final BaseFont bold = DocumentFonts.bold();
        final BaseFont italic = DocumentFonts.italic();
        final BaseFont boldItalic = DocumentFonts.boldItalic();
        // Hex digits only (ASCII): the standard Courier needs no embedding and lines the fingerprint up.
        final BaseFont mono = createMono();

        private static BaseFont createMono() {
            try {
                return BaseFont.createFont(BaseFont.COURIER, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Cannot load Courier", e);
            }
        }

        BaseFont of(boolean isBold, boolean isItalic) {
            return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        }
    }

    // ---- one document

    private static final class Run {
        private final PledgeDocument doc;
        private final ResourceBundle labels;
        private final Fonts fonts = new Fonts();

        Run(PledgeDocument doc, ResourceBundle labels) {
            this.doc = doc;
            this.labels = labels;
        }

        byte[] write() throws DocumentException, IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Document document = new Document(PageSize.A4, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageDecoration());
            addMetadata(document);
            document.open();
            setDates(writer);
            header(document, writer);
            titleBlock(document);
            clauses(document);
            targets(document);
            signatures(document);
            confirmation(document);
            verificationBox(document, writer);
            appendix(document);
            document.close();
            return out.toByteArray();
        }

        private void addMetadata(Document document) {
            String title = doc.getSubtitle().isEmpty() ? doc.getTitle() : label("meta.title", doc.getTitle(), doc.getSubtitle());
            document.addTitle(title);
            document.addSubject(join(" · ", doc.getIssuingBody(), doc.getSubtitle(), label("title.version", String.valueOf(doc.getVersion()))));
            document.addAuthor(doc.getIssuingBody());
            document.addCreator("Thi Đua");
            document.addKeywords(VERIFY_KEYWORD + doc.getVerificationCode() + " sha256:" + doc.getFingerprint()
                    + (doc.getChainHead() == null ? "" : " " + CHAIN_KEYWORD + doc.getChainLength() + ":" + doc.getChainHead()));
        }

        /** Creation date = generatedAt, not "now": the same pledge version yields the same metadata when re-exported. */
        private void setDates(PdfWriter writer) {
            PdfDate created = new PdfDate(GregorianCalendar.from(doc.getGeneratedAt().atZone(VIETNAM)));
            // Document.addCreationDate(PdfDate) is overridden by OpenPDF 1.4.2 with the current time; the info dictionary is not.
            writer.getInfo().put(PdfName.CREATIONDATE, created);
            writer.getInfo().put(PdfName.MODDATE, created);
        }

        // ---- header (Decree 30: issuing body left, national heading right, place and date under the right column)

        private void header(Document document, PdfWriter writer) throws DocumentException {
            document.add(new AdministrativeHeading(fonts.regular, fonts.bold, fonts.italic).table(writer,
                    document.right() - document.left(), 40, doc.getParentBody(), List.of(doc.getIssuingBody()), 12,
                    dateLine(doc.getPlace(), doc.getDate()), 4));
        }

        private String dateLine(String place, LocalDate date) {
            String day = AdministrativeHeading.day(date);
            String month = AdministrativeHeading.month(date);
            String year = String.valueOf(date.getYear());
            return place.isBlank() ? label("header.dateLineNoPlace", "", day, month, year)
                    : label("header.dateLine", place, day, month, year);
        }

        private void titleBlock(Document document) throws DocumentException {
            Paragraph title = PdfCells.centred(doc.getTitle().toUpperCase(VIETNAMESE), font(fonts.bold, 15));
            title.setSpacingBefore(22);
            document.add(title);
            if (!doc.getSubtitle().isBlank()) {
                Paragraph subtitle = PdfCells.centred(doc.getSubtitle(), font(fonts.bold, BODY_SIZE));
                subtitle.setSpacingBefore(2);
                document.add(subtitle);
            }
            Paragraph version = PdfCells.centred(label("title.version", String.valueOf(doc.getVersion())), font(fonts.italic, 11.5f));
            version.setSpacingBefore(2);
            version.setSpacingAfter(10);
            document.add(version);
        }

        // ---- clauses

        private void clauses(Document document) throws DocumentException {
            for (Clause clause : doc.getClauses()) {
                String heading = clause.getTitle().isBlank() ? clause.getNumber()
                        : clause.getNumber().isBlank() ? clause.getTitle()
                        : label("clause.heading", stripDot(clause.getNumber()), clause.getTitle());
                if (!heading.isBlank()) { // a clause without number or title is the preamble: text only
                    Paragraph p = new Paragraph(BODY_SIZE * 1.3f, heading, font(fonts.bold, BODY_SIZE));
                    p.setSpacingBefore(3);
                    p.setSpacingAfter(1);
                    p.setKeepTogether(true);
                    document.add(p);
                }
                for (LightText.Block block : LightText.parse(clause.getText())) {
                    if (block.getKind() == LightText.Kind.BULLETS) {
                        for (LightText.Line line : block.getLines()) {
                            Paragraph item = new Paragraph(BODY_SIZE * 1.3f, "", font(fonts.regular, BODY_SIZE));
                            item.add(new Chunk("–\u00A0", font(fonts.regular, BODY_SIZE)));
                            addRuns(item, line, BODY_SIZE);
                            item.setAlignment(Element.ALIGN_JUSTIFIED);
                            item.setIndentationLeft(14 * MM);
                            item.setFirstLineIndent(-5 * MM);
                            item.setSpacingAfter(2);
                            document.add(item);
                        }
                    } else {
                        Paragraph para = new Paragraph(BODY_SIZE * 1.3f, "", font(fonts.regular, BODY_SIZE));
                        boolean first = true;
                        for (LightText.Line line : block.getLines()) {
                            if (!first) {
                                para.add(new Chunk("\n", font(fonts.regular, BODY_SIZE)));
                            }
                            first = false;
                            addRuns(para, line, BODY_SIZE);
                        }
                        para.setAlignment(Element.ALIGN_JUSTIFIED);
                        para.setFirstLineIndent(10 * MM);
                        para.setSpacingAfter(4);
                        document.add(para);
                    }
                }
            }
        }

        private void addRuns(Phrase phrase, LightText.Line line, float size) {
            for (LightText.Run run : line.getRuns()) {
                phrase.add(new Chunk(run.getText(), font(fonts.of(run.isBold(), run.isItalic()), size)));
            }
        }

        // ---- targets

        private void targets(Document document) throws DocumentException {
            if (doc.getTargets().isEmpty()) {
                return;
            }
            document.add(sectionHeading(label("targets.heading")));
            PdfPTable table = new PdfPTable(new float[] {6, 46, 20, 17, 11});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : new String[] {"no", "description", "threshold", "scope", "code"}) {
                table.addCell(headerCell(label("targets.col." + key)));
            }
            int n = 0;
            for (TargetLine t : doc.getTargets()) {
                n++;
                table.addCell(cell(String.valueOf(n), fonts.regular, Element.ALIGN_CENTER));
                table.addCell(cell(t.getDescription(), fonts.regular, Element.ALIGN_LEFT));
                table.addCell(cell(t.getThreshold(), fonts.regular, Element.ALIGN_CENTER));
                table.addCell(cell(t.getScope(), fonts.regular, Element.ALIGN_CENTER));
                table.addCell(cell(t.getCode(), fonts.regular, Element.ALIGN_CENTER));
            }
            document.add(table);
        }

        // ---- signatures

        private void signatures(Document document) throws DocumentException {
            if (doc.getSignatures().isEmpty()) {
                return;
            }
            document.add(sectionHeading(label("signatures.heading")));
            PdfPTable table = new PdfPTable(new float[] {6, 22, 15, 22, 18, 17});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : new String[] {"no", "unit", "office", "signer", "signedAt", "registration"}) {
                table.addCell(headerCell(label("signatures.col." + key)));
            }
            // Consecutive lines of one unit (chair, vice-chair) share the number, unit and registration cells.
            List<List<SignatureLine>> groups = new ArrayList<>();
            for (SignatureLine line : doc.getSignatures()) {
                List<SignatureLine> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                if (last != null && last.get(0).getUnitName().equals(line.getUnitName()) && !line.getUnitName().isEmpty()) {
                    last.add(line);
                } else {
                    List<SignatureLine> group = new ArrayList<>();
                    group.add(line);
                    groups.add(group);
                }
            }
            int n = 0;
            for (List<SignatureLine> group : groups) {
                n++;
                int rows = group.size();
                // One registration per unit is the norm (often given on the chair's line only): then it spans the group.
                List<String> distinct = group.stream().map(SignatureLine::getRegistration).filter(r -> !r.isBlank()).distinct().toList();
                boolean sameRegistration = distinct.size() <= 1;
                String unitRegistration = distinct.isEmpty() ? "" : distinct.get(0);
                for (int i = 0; i < rows; i++) {
                    SignatureLine line = group.get(i);
                    if (i == 0) {
                        table.addCell(spanned(cell(String.valueOf(n), fonts.regular, Element.ALIGN_CENTER), rows));
                        table.addCell(spanned(cell(line.getUnitName(), fonts.regular, Element.ALIGN_LEFT), rows));
                    }
                    table.addCell(cell(line.getOffice(), fonts.regular, Element.ALIGN_LEFT));
                    table.addCell(cell(line.getSignerName(), fonts.regular, Element.ALIGN_LEFT));
                    table.addCell(signedAtCell(line));
                    if (!sameRegistration) {
                        table.addCell(cell(line.getRegistration(), fonts.regular, Element.ALIGN_LEFT));
                    } else if (i == 0) {
                        table.addCell(spanned(cell(unitRegistration, fonts.regular, Element.ALIGN_LEFT), rows));
                    }
                }
            }
            document.add(table);
        }

        private PdfPCell signedAtCell(SignatureLine line) {
            Phrase phrase = new Phrase(TABLE_SIZE * 1.25f);
            if (!line.isSigned()) {
                phrase.add(new Chunk(label("signatures.unsigned"), font(fonts.italic, TABLE_SIZE, GREY)));
            } else {
                phrase.add(new Chunk(line.getSignedAt(), font(fonts.regular, TABLE_SIZE)));
                if (line.isPaper()) {
                    phrase.add(new Chunk("\n", font(fonts.regular, TABLE_SIZE)));
                    phrase.add(new Chunk(label("signatures.paper"), font(fonts.italic, TABLE_SIZE - 1)));
                }
            }
            PdfPCell cell = new PdfPCell(phrase);
            PdfCells.body(cell, Element.ALIGN_LEFT, Element.ALIGN_MIDDLE, 5);
            return cell;
        }

        private void confirmation(Document document) throws DocumentException {
            SignatureLine c = doc.getConfirmation();
            if (c == null) {
                return;
            }
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(62);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.setSpacingBefore(14);
            table.setKeepTogether(true);
            PdfPCell cell = PdfCells.plain();
            cell.addElement(PdfCells.centred(label("confirmation.heading"), font(fonts.bold, 12)));
            if (!c.getUnitName().isBlank()) {
                cell.addElement(PdfCells.centred(c.getUnitName().toUpperCase(VIETNAMESE), font(fonts.bold, 10.5f)));
            }
            if (!c.getOffice().isBlank()) {
                cell.addElement(PdfCells.centred(c.getOffice().toUpperCase(VIETNAMESE), font(fonts.bold, 10.5f)));
            }
            String status;
            if (!c.isSigned()) {
                status = "(" + label("signatures.unsigned") + ")";
            } else {
                // No brackets here: the preformatted time usually ends in "(GMT+7)" already.
                status = label("confirmation.signedAt", c.getSignedAt())
                        + (c.isPaper() ? " · " + label("signatures.paper") : "");
            }
            Paragraph statusLine = PdfCells.centred(status, font(fonts.italic, 10.5f, c.isSigned() ? Color.BLACK : GREY));
            statusLine.setSpacingBefore(8);
            statusLine.setSpacingAfter(8);
            cell.addElement(statusLine);
            if (!c.getSignerName().isBlank()) {
                cell.addElement(PdfCells.centred(c.getSignerName(), font(fonts.bold, 12.5f)));
            }
            if (!c.getRegistration().isBlank()) {
                cell.addElement(PdfCells.centred(c.getRegistration(), font(fonts.regular, 10)));
            }
            table.addCell(cell);
            document.add(table);
        }

        // ---- verification box

        private void verificationBox(Document document, PdfWriter writer) throws DocumentException {
            PdfPTable box = new PdfPTable(new float[] {74, 26});
            box.setWidthPercentage(100);
            box.setSpacingBefore(16);
            box.setKeepTogether(true);

            PdfPCell text = new PdfPCell();
            text.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.BOTTOM);
            text.setBorderWidth(0.8f);
            text.setPadding(7);
            Paragraph code = new Paragraph(label("verification.code", doc.getVerificationCode()), font(fonts.bold, 12));
            text.addElement(code);
            if (!doc.getFingerprint().isBlank()) {
                Paragraph fpLabel = new Paragraph(label("verification.fingerprint"), font(fonts.regular, 9.5f));
                fpLabel.setSpacingBefore(4);
                text.addElement(fpLabel);
                text.addElement(new Paragraph(11, groups(doc.getFingerprint(), 32), new Font(fonts.mono, 9)));
            }
            if (!doc.getVerificationUrl().isBlank()) {
                Paragraph urlLabel = new Paragraph(label("verification.url"), font(fonts.regular, 9.5f));
                urlLabel.setSpacingBefore(4);
                text.addElement(urlLabel);
                // On a line of its own, in Courier when it is plain ASCII, so that it is easy to type from paper.
                String url = doc.getVerificationUrl();
                Font urlFont = url.chars().allMatch(ch -> ch > 0x20 && ch < 0x7F) ? new Font(fonts.mono, 8.5f) : font(fonts.regular, 8.5f);
                text.addElement(new Paragraph(11, url, urlFont));
            }
            Paragraph hint = new Paragraph(11, label("verification.hint"), font(fonts.italic, 8.5f, GREY));
            hint.setSpacingBefore(4);
            text.addElement(hint);
            String generated = GENERATED_AT.format(doc.getGeneratedAt().atZone(VIETNAM));
            text.addElement(new Paragraph(11, label("verification.generatedAt", generated), font(fonts.regular, 8, GREY)));
            box.addCell(text);

            PdfPCell qrCell = new PdfPCell();
            qrCell.setBorder(Rectangle.RIGHT | Rectangle.TOP | Rectangle.BOTTOM);
            qrCell.setBorderWidth(0.8f);
            qrCell.setPadding(4);
            qrCell.setHorizontalAlignment(Element.ALIGN_CENTER);
            qrCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            String qrText = doc.getVerificationUrl().isBlank() ? doc.getVerificationCode() : doc.getVerificationUrl();
            if (!qrText.isBlank()) {
                Image qr = qrImage(writer, qrCode(qrText), 30 * MM);
                qrCell.addElement(centredImage(qr));
            }
            box.addCell(qrCell);
            document.add(box);
        }

        /** The QR code as vector squares (sharp at any zoom), with its quiet zone on a white ground. */
        private Image qrImage(PdfWriter writer, QrCode qr, float side) throws DocumentException {
            int quiet = 4;
            int modules = qr.size + 2 * quiet;
            float unit = side / modules;
            PdfTemplate t = writer.getDirectContent().createTemplate(side, side);
            t.setColorFill(Color.WHITE);
            t.rectangle(0, 0, side, side);
            t.fill();
            t.setColorFill(Color.BLACK);
            for (int y = 0; y < qr.size; y++) {
                for (int x = 0; x < qr.size; x++) {
                    if (qr.getModule(x, y)) {
                        // PDF y grows upwards; QR rows grow downwards.
                        t.rectangle((x + quiet) * unit, side - (y + quiet + 1) * unit, unit, unit);
                    }
                }
            }
            t.fill();
            return Image.getInstance(t);
        }

        private Paragraph centredImage(Image image) {
            image.setAlignment(Element.ALIGN_CENTER);
            Paragraph p = new Paragraph();
            p.setAlignment(Element.ALIGN_CENTER);
            p.add(imageChunk(image, 0));
            return p;
        }

        // ---- appendix: the pledge log

        private void appendix(Document document) throws DocumentException {
            if (doc.getAudit().isEmpty()) {
                return;
            }
            document.newPage();
            Paragraph heading = PdfCells.centred(label("appendix.heading"), font(fonts.bold, 14));
            heading.setSpacingAfter(4);
            document.add(heading);
            Paragraph note = new Paragraph(12, label("appendix.note"), font(fonts.italic, 9.5f, GREY));
            note.setAlignment(Element.ALIGN_JUSTIFIED);
            note.setSpacingAfter(8);
            document.add(note);
            PdfPTable table = new PdfPTable(new float[] {6, 21, 35, 20, 18});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : new String[] {"seq", "at", "event", "actor", "hash"}) {
                table.addCell(headerCell(label("appendix.col." + key)));
            }
            for (AuditLine a : doc.getAudit()) {
                table.addCell(cell(String.valueOf(a.getSeq()), fonts.regular, Element.ALIGN_CENTER));
                table.addCell(cell(a.getAt(), fonts.regular, Element.ALIGN_LEFT));
                table.addCell(cell(a.getEvent(), fonts.regular, Element.ALIGN_LEFT));
                table.addCell(cell(a.getActor(), fonts.regular, Element.ALIGN_LEFT));
                PdfPCell hash = new PdfPCell(new Phrase(shortHash(a.getHash()), new Font(fonts.mono, 8f)));
                PdfCells.body(hash, Element.ALIGN_LEFT, Element.ALIGN_MIDDLE, 5);
                table.addCell(hash);
            }
            document.add(table);
            if (doc.getChainHead() != null) {
                Paragraph head = new Paragraph(12, label("appendix.head", String.valueOf(doc.getChainLength())), font(fonts.regular, 9.5f));
                head.setSpacingBefore(8);
                document.add(head);
                Paragraph hash = new Paragraph(12, groups(doc.getChainHead(), 64), new Font(fonts.mono, 9f));
                document.add(hash);
            }
        }

        // ---- page decoration: footer on every page, watermark and banner while not fully signed

        private final class PageDecoration extends PageFooter {
            PageDecoration() {
                super(fonts.regular, GREY, 12 * MM, page -> label("footer.page", String.valueOf(page)),
                        label("footer.right", doc.getVerificationCode(), shortHash(doc.getFingerprint())), true);
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                super.onEndPage(writer, document);
                if (!doc.isSigned()) {
                    watermark(writer, document);
                }
            }

            private void watermark(PdfWriter writer, Document document) {
                String text = label("watermark.unsigned");
                Rectangle page = document.getPageSize();
                float w = page.getWidth();
                float h = page.getHeight();

                // Diagonal, under the content and translucent: unmistakable yet the text stays readable.
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState gs = new PdfGState();
                gs.setFillOpacity(0.16f);
                under.setGState(gs);
                float diagonal = (float) Math.hypot(w, h);
                float size = Math.min(36, diagonal * 0.72f / fonts.bold.getWidthPoint(text, 1));
                float angle = (float) Math.toDegrees(Math.atan2(h, w));
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase(text, font(fonts.bold, size, WATERMARK)),
                        w / 2, h / 2 - size / 3, angle);
                under.restoreState();

                // And a plain banner at the top edge, which survives photocopying where a pale watermark may not.
                PdfContentByte cb = writer.getDirectContent();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(text, font(fonts.bold, 9, WATERMARK)),
                        (document.left() + document.right()) / 2, h - 11 * MM, 0);
            }
        }

        // ---- helpers

        private String label(String key, Object... args) {
            String pattern;
            try {
                pattern = labels.getString(key);
            } catch (MissingResourceException e) {
                pattern = key;
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, labels.getLocale()).format(args);
        }

        private Font font(BaseFont base, float size) {
            return new Font(base, size);
        }

        private Font font(BaseFont base, float size, Color color) {
            return new Font(base, size, Font.NORMAL, color);
        }

        private Paragraph sectionHeading(String text) {
            Paragraph p = PdfCells.centred(text, font(fonts.bold, BODY_SIZE));
            p.setSpacingBefore(14);
            p.setSpacingAfter(6);
            return p;
        }

        private Paragraph rule(PdfWriter writer, float length) {
            return PdfCells.rule(writer, length, fonts.regular);
        }

        /** An image chunk in our own font: the default font would add an unembedded Helvetica to the file. */
        private Chunk imageChunk(Image image, float offsetY) {
            Chunk chunk = new Chunk(image, 0, offsetY, false);
            chunk.setFont(font(fonts.regular, 1));
            return chunk;
        }

        private PdfPCell headerCell(String text) {
            return PdfCells.head(new Phrase(TABLE_SIZE * 1.25f, text, font(fonts.bold, TABLE_SIZE)), Element.ALIGN_CENTER,
                    HEADER_FILL);
        }

        private PdfPCell cell(String text, BaseFont base, int align) {
            PdfPCell cell = new PdfPCell(new Phrase(TABLE_SIZE * 1.25f, text, font(base, TABLE_SIZE)));
            PdfCells.body(cell, align, Element.ALIGN_MIDDLE, 5);
            return cell;
        }

        private PdfPCell spanned(PdfPCell cell, int rows) {
            cell.setRowspan(rows);
            return cell;
        }
    }
    private static String shortHash(String hash) {
        return hash.length() <= 16 ? hash : hash.substring(0, 16);
    }

    private static String stripDot(String number) {
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }

    /** Hex in groups of eight, charsPerLine / 8 groups a line, so a fingerprint wraps cleanly and can be read aloud. */
    private static String groups(String hex, int charsPerLine) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 8) {
            if (i > 0) {
                out.append(i % charsPerLine == 0 ? "\n" : " ");
            }
            out.append(hex, i, Math.min(hex.length(), i + 8));
        }
        return out.toString();
    }

    private static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(part);
            }
        }
        return out.toString();
    }
}
