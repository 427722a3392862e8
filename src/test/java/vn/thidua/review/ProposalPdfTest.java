package vn.thidua.review;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalPdfTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final LocalDate DATE = LocalDate.of(2022, 12, 15);
    static final String TIE_BREAK = "Hai đơn vị bằng điểm được xếp theo điểm tiêu chí “Vận động Quỹ Vì người nghèo”.";

    /** Two titles then two commendations, as the caller orders them; names and reasons with Vietnamese diacritics. */
    static ProposalList sample() {
        return ProposalList.of("Ủy ban MTTQ Việt Nam huyện An Minh", "An Minh",
                        "Phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "2022", "Cụm thi đua số 1",
                        "Xã Vân Khánh Tây", "Nguyễn Văn Hùng", LocalDate.of(2022, 12, 10), 12, 11, TIE_BREAK)
                .add("00004", "Xã Vân Khánh Tây", "TITLE", "Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam", 1, "96.5",
                        "Hoàn thành xuất sắc", 10, "6/6",
                        "Hoàn thành xuất sắc nhiệm vụ năm 2022; dẫn đầu cụm về vận động Quỹ “Vì người nghèo” "
                                + "(152 triệu đồng), xây mới 6 căn nhà Đại đoàn kết, 100 % khu dân cư đạt danh hiệu "
                                + "khu dân cư văn hóa; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 9/9 ấp.")
                .add("00012", "Thị trấn Thứ Mười Một", "TITLE", "Cờ thi đua của Ủy ban MTTQ tỉnh", 2, "93.25",
                        "Hoàn thành xuất sắc", 0, "5/6", "Hoàn thành xuất sắc nhiệm vụ năm 2022.")
                .add("00007", "Xã Đông Hưng A", "COMMENDATION", "Bằng khen của Ủy ban MTTQ tỉnh", 3, "90",
                        "Hoàn thành tốt", 0, "5/6", "Có nhiều đóng góp trong công tác an sinh xã hội.")
                .add("00015", "Xã Vân Khánh Đông", "COMMENDATION", "Giấy khen của Ủy ban MTTQ huyện", 4, "88.75",
                        "Hoàn thành tốt", 0, "4/6", null);
    }

    private static byte[] writeTo(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
        return pdf;
    }

    /** All pages' text, whitespace runs made one space: wrapped cells and lines then read as one string. */
    private static String allText(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    @Test
    void writesTheSampleInVietnamese() throws Exception {
        byte[] pdf = writeTo("proposals-sample.pdf", ProposalPdf.write(sample(), VI, DATE));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            // A4 landscape
            assertEquals(842, Math.round(reader.getPageSizeWithRotation(1).getWidth()));
            assertEquals(595, Math.round(reader.getPageSizeWithRotation(1).getHeight()));
            String all = allText(reader);
            assertTrue(all.contains("ỦY BAN MTTQ VIỆT NAM HUYỆN AN MINH"), all);
            assertTrue(all.contains("CỤM THI ĐUA SỐ 1"), all);
            assertTrue(all.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), all);
            assertTrue(all.contains("Độc lập - Tự do - Hạnh phúc"), all);
            assertTrue(all.contains("An Minh, ngày 15 tháng 12 năm 2022"), all);
            assertTrue(all.contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"), all);
            assertTrue(all.contains("Phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2022"), all);
            assertTrue(all.contains("hội nghị tổng kết của cụm ngày 10/12/2022: số đại biểu dự 12, số đại biểu biểu quyết 11."), all);
            for (String head : new String[] {"STT", "Đơn vị", "Hạng", "Điểm", "Xếp loại", "Số phiếu"}) {
                assertTrue(all.contains(head), head);
            }
            assertTrue(all.contains("Xã Vân Khánh Tây"), all);
            assertTrue(all.contains("Thị trấn Thứ Mười Một"), all);
            assertTrue(all.contains("Xã Đông Hưng A"), all);
            assertTrue(all.contains("00004"), all);
            assertTrue(all.contains("Hoàn thành xuất sắc nhiệm vụ năm 2022."), all);
            assertTrue(all.contains("Giấy khen của Ủy ban MTTQ huyện"), all);
            assertTrue(all.contains("96,5"), "score in the Vietnamese form: " + all);
            assertTrue(all.contains("93,25"), all);
            assertTrue(all.contains("6/6"), all);
            assertTrue(all.contains("Ghi chú: " + TIE_BREAK), all);
            assertTrue(all.contains("Nơi nhận:"), all);
            assertTrue(all.contains("TM. CỤM THI ĐUA"), all);
            assertTrue(all.contains("CỤM TRƯỞNG"), all);
            assertTrue(all.contains("Nguyễn Văn Hùng"), all);
            assertTrue(all.contains("Trang 1/"), all);
            assertFalse(all.contains("Không có đề nghị"), all);
            // the order given: titles before commendations
            assertTrue(all.indexOf("Thị trấn Thứ Mười Một") < all.indexOf("Xã Đông Hưng A"), all);

            assertEquals("Danh sách đề nghị khen thưởng — Cụm thi đua số 1", reader.getInfo().get("Title"));
            assertEquals("Phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2022",
                    reader.getInfo().get("Subject"));
            assertEquals("Thi Đua", reader.getInfo().get("Creator"));
        } finally {
            reader.close();
        }
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Helvetica"), "only the embedded fonts");
    }

    /** Each award name in full: it may wrap in its column, so it is read from the cell's own words in order. */
    @Test
    void awardNamesAreAllThere() throws Exception {
        PdfReader reader = new PdfReader(ProposalPdf.write(sample(), VI, DATE));
        try {
            String all = allText(reader);
            for (String award : new String[] {"Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam",
                "Cờ thi đua của Ủy ban MTTQ tỉnh", "Bằng khen của Ủy ban MTTQ tỉnh", "Giấy khen của Ủy ban MTTQ huyện"}) {
                int from = 0;
                for (String word : award.split(" ")) {
                    int at = all.indexOf(word, from);
                    assertTrue(at >= 0, "“" + word + "” of “" + award + "” in " + all);
                    from = at + word.length();
                }
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void englishLabels() throws Exception {
        PdfReader reader = new PdfReader(writeTo("proposals-en.pdf", ProposalPdf.write(sample(), Locale.ENGLISH, DATE)));
        try {
            String all = allText(reader);
            assertTrue(all.contains("LIST OF PROPOSALS FOR COMMENDATION"), all);
            assertTrue(all.contains("An Minh, 15/12/2022"), all);
            assertTrue(all.contains("Proposed award"), all);
            assertTrue(all.contains("year-end meeting of 2022-12-10: 12 delegates present, 11 voting."), all);
            assertTrue(all.contains("96.5"), all);
            assertTrue(all.contains("Note: " + TIE_BREAK), all);
            assertTrue(all.contains("FOR THE EMULATION CLUSTER"), all);
            assertTrue(all.contains("Page 1/"), all);
            // the national heading is part of the legal form and stays Vietnamese
            assertTrue(all.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), all);
            assertFalse(all.contains("Hình thức đề nghị"), all);
            assertEquals("List of proposals for commendation — Cụm thi đua số 1", reader.getInfo().get("Title"));
        } finally {
            reader.close();
        }
    }

    @Test
    void emptyListStillRenders() throws Exception {
        ProposalList empty = ProposalList.of("Ủy ban MTTQ Việt Nam huyện An Minh", "An Minh", "Thi đua yêu nước năm 2022",
                "2022", "Cụm thi đua số 3", "Xã Đông Thạnh", null, null, 0, 0, null);
        PdfReader reader = new PdfReader(writeTo("proposals-empty.pdf", ProposalPdf.write(empty, VI, DATE)));
        try {
            assertEquals(1, reader.getNumberOfPages());
            String all = allText(reader);
            assertTrue(all.contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"), all);
            assertTrue(all.contains("Không có đề nghị"), all);
            assertTrue(all.contains("Hình thức đề nghị"), "the table header is still there: " + all);
            // the campaign's name has the year already: not repeated
            assertTrue(all.contains("Thi đua yêu nước năm 2022"), all);
            assertFalse(all.contains("năm 2022 năm 2022"), all);
            assertFalse(all.contains("Căn cứ kết quả"), "no meeting recorded: " + all);
            assertFalse(all.contains("Ghi chú"), "no tie-break: " + all);
            assertTrue(all.contains("CỤM TRƯỞNG"), all);
            assertTrue(all.contains("Xã Đông Thạnh"), all);
        } finally {
            reader.close();
        }
        // nothing at all but the list itself: no date either
        assertTrue(ProposalPdf.write(new ProposalList(), null, null).length > 0);
    }

    @Test
    void longListRunsOverPagesAndRepeatsTheHeader() throws Exception {
        ProposalList list = sample();
        for (int i = list.getRows().size() + 1; i <= 60; i++) {
            list.add(String.format("%05d", 100 + i), "Xã Thạnh Lộc số " + i, "COMMENDATION", "Giấy khen của Ủy ban MTTQ huyện",
                    i, String.valueOf(90 - i / 10.0), "Hoàn thành tốt", 0, "4/6",
                    i % 3 == 0 ? "Hoàn thành tốt nhiệm vụ năm 2022; tích cực tham gia các cuộc vận động do Mặt trận "
                            + "phát động, vận động Quỹ “Vì người nghèo” vượt chỉ tiêu được giao." : "Hoàn thành tốt nhiệm vụ.");
        }
        PdfReader reader = new PdfReader(writeTo("proposals-long.pdf", ProposalPdf.write(list, VI, DATE)));
        try {
            int pages = reader.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 2; page <= pages; page++) {
                String text = extractor.getTextFromPage(page).replaceAll("\\s+", " ");
                assertTrue(text.contains("Hình thức đề nghị") && text.contains("Số phiếu"),
                        "header row repeated on page " + page + ": " + text);
                assertTrue(text.contains("Trang " + page + "/"), text);
            }
            String all = allText(reader);
            assertTrue(all.contains("Xã Thạnh Lộc số 60"), all);
            assertTrue(all.contains("00160"), all);
            assertTrue(all.contains("TM. CỤM THI ĐUA"), all);
        } finally {
            reader.close();
        }
    }
}
