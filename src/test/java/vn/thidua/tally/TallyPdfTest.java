package vn.thidua.tally;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TallyPdfTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String BODY = "Ủy ban Mặt trận Tổ quốc Việt Nam\nthành phố Đà Nẵng";

    private static final String[] UNITS = {
        "Xã Hòa Bắc", "Xã Hòa Ninh", "Xã Hòa Phú", "Xã Hòa Sơn", "Xã Hòa Liên", "Xã Hòa Nhơn",
        "Xã Hòa Phong", "Xã Hòa Khương", "Xã Hòa Tiến", "Xã Hòa Châu", "Xã Hòa Phước"};

    private static TallyView.TargetHead target(String code, String name, String kind, String threshold,
            boolean eachMember, boolean clusterWide, int met, int evaluated) {
        TallyView.TargetHead t = new TallyView.TargetHead();
        t.code = code;
        t.name = name;
        t.kind = kind;
        t.threshold = threshold;
        t.eachMember = eachMember;
        t.clusterWide = clusterWide;
        t.unitsMet = met;
        t.unitsEvaluated = evaluated;
        return t;
    }

    private static TallyView.Cell cell(String target, String status, String percent, String numerator) {
        TallyView.Cell c = new TallyView.Cell();
        c.targetCode = target;
        c.applies = status != null;
        c.status = status;
        c.percent = percent;
        c.numerator = numerator;
        return c;
    }

    private static final String[] STATUSES = {"met", "met", "not_met", "met", "incomplete", "met", "not_applicable"};

    /** Cluster 1: six targets of every kind and scope, eleven communes; cluster 2: no pledge yet. */
    static TallyView sample() {
        TallyView v = new TallyView();
        v.campaignId = 7;
        v.campaignName = "Phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa”";
        v.campaignYear = "2025";
        v.previousYear = "2024";

        TallyView.ClusterTally a = new TallyView.ClusterTally();
        a.id = 1;
        a.name = "Cụm thi đua số 1 — huyện Hòa Vang";
        a.pledged = true;
        a.targets.add(target("HTT-1", "Tỷ lệ Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ", "RATED_SHARE", "80", true, false, 7, 10));
        a.targets.add(target("YEU-0", "Không có Ban Công tác Mặt trận xếp loại yếu", "RATED_COUNT_AT_MOST", "0", true, true, 9, 11));
        a.targets.add(target("QUY-VN", "Vận động Quỹ “Vì người nghèo”", "QUANTITY", "50000000", true, true, 6, 11));
        a.targets.add(target("KDC-VH", "Khu dân cư văn hóa", "PEOPLE_SHARE", "92.5", false, true, 0, 0));
        a.targets.add(target("HN-CD", "Tổ chức Hội nghị chuyên đề", "DONE", "", true, false, 10, 11));
        a.targets.add(target("NHA-DD", "Xây dựng nhà Đại đoàn kết", "QUANTITY", "3", true, true, 5, 11));
        for (int u = 0; u < UNITS.length; u++) {
            TallyView.UnitRow row = new TallyView.UnitRow();
            row.unitId = 100 + u;
            row.code = String.format("%05d", 20100 + u);
            row.name = UNITS[u];
            for (int t = 0; t < a.targets.size(); t++) {
                String code = a.targets.get(t).code;
                String status = STATUSES[(u + t) % STATUSES.length];
                if ("KDC-VH".equals(code)) {
                    row.cells.add(cell(code, null, null, null)); // cluster-wide only: nothing per unit
                    continue;
                }
                if ("not_applicable".equals(status)) {
                    status = "met";
                }
                TallyView.Cell c = switch (code) {
                    case "HTT-1" -> cell(code, status, "incomplete".equals(status) ? null : (status.equals("met") ? "85.71" : "66.66"), "6");
                    case "YEU-0" -> cell(code, status, null, status.equals("met") ? "0" : "1");
                    case "QUY-VN" -> cell(code, status, status.equals("met") ? "104" : "76.5", status.equals("met") ? "52000000" : "38250000");
                    case "HN-CD" -> cell(code, status, null, status.equals("met") ? "1" : "0");
                    default -> cell(code, status, null, status.equals("met") ? "4" : "1");
                };
                if ("incomplete".equals(status)) {
                    c.missing = 2;
                }
                if (u % 3 == 0) {
                    c.previous = "not_met";
                }
                row.cells.add(c);
            }
            a.units.add(row);
        }
        a.cluster.add(cell("HTT-1", null, null, null));
        a.cluster.add(cell("YEU-0", "not_met", null, "2"));
        a.cluster.add(cell("QUY-VN", "met", "112.4", "618000000"));
        a.cluster.add(cell("KDC-VH", "met", "94.2", "245"));
        a.cluster.add(cell("HN-CD", null, null, null));
        a.cluster.add(cell("NHA-DD", "incomplete", null, "28"));
        v.clusters.add(a);

        TallyView.ClusterTally b = new TallyView.ClusterTally();
        b.id = 2;
        b.name = "Cụm thi đua số 2 — quận Sơn Trà, Ngũ Hành Sơn";
        b.pledged = false;
        v.clusters.add(b);
        return v;
    }

    /** A cluster with many targets and many units: split across columns and pages. */
    static TallyView wide() {
        TallyView v = new TallyView();
        v.campaignName = "Thi đua yêu nước năm 2025";
        v.campaignYear = "2025";
        TallyView.ClusterTally a = new TallyView.ClusterTally();
        a.id = 9;
        a.name = "Cụm thi đua các phường trung tâm";
        a.pledged = true;
        for (int t = 0; t < 14; t++) {
            a.targets.add(target("CT-" + (t + 1), "Chỉ tiêu thứ " + (t + 1), t % 2 == 0 ? "RATED_SHARE" : "QUANTITY",
                    t % 2 == 0 ? "80" : "50000000", true, false, 3, 30));
        }
        for (int u = 0; u < 30; u++) {
            TallyView.UnitRow row = new TallyView.UnitRow();
            row.unitId = u;
            row.name = "Ủy ban MTTQ phường Hải Châu " + (u + 1);
            for (int t = 0; t < a.targets.size(); t++) {
                String status = STATUSES[(u + t) % 4];
                row.cells.add(cell(a.targets.get(t).code, status, t % 2 == 0 ? "81.5" : null, "52000000"));
            }
            a.units.add(row);
        }
        a.targets.forEach(t -> a.cluster.add(cell(t.code, null, null, null)));
        v.clusters.add(a);
        return v;
    }

    private static byte[] writeTo(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
        return pdf;
    }

    private static String allText(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    @Test
    void writesTheSample() throws Exception {
        byte[] pdf = writeTo("tally-sample.pdf", TallyPdf.write(sample(), VI, BODY, LocalDate.of(2026, 2, 5)));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            // A4 landscape
            assertTrue(reader.getPageSizeWithRotation(1).getWidth() > reader.getPageSizeWithRotation(1).getHeight());
            assertEquals(842, Math.round(reader.getPageSizeWithRotation(1).getWidth()));
            String page1 = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(page1.contains("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAO ƯỚC THI ĐUA"), page1);
            assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), page1);
            assertTrue(page1.contains("Độc lập - Tự do - Hạnh phúc"), page1);
            assertTrue(page1.contains("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"), page1);
            assertTrue(page1.contains("Ngày 05 tháng 02 năm 2026"), page1);
            String all = allText(reader);
            assertTrue(all.contains("Xã Hòa Khương"), all);
            assertTrue(all.contains("Đạt"), all);
            assertTrue(all.contains("Không đạt"), all);
            assertTrue(all.contains("Chưa đủ số liệu"), all);
            assertTrue(all.contains("Toàn cụm"), all);
            assertTrue(all.contains("7/10 đơn vị đạt"), all);
            assertTrue(all.contains("≥ 80 %"), all);
            assertTrue(all.contains("≤ 0"), all);
            assertTrue(all.contains("≥ 50.000.000"), all);
            assertTrue(all.contains("85,71 %"), all);
            assertTrue(all.contains("Cụm chưa có giao ước."), all);
            assertTrue(all.contains("Trang 1/"), all);
            assertEquals("Thi Đua", reader.getInfo().get("Creator"));
        } finally {
            reader.close();
        }
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Helvetica"), "only the embedded fonts");
    }

    @Test
    void englishStatusWords() throws Exception {
        byte[] pdf = TallyPdf.write(sample(), Locale.ENGLISH, "Fatherland Front", null);
        PdfReader reader = new PdfReader(pdf);
        try {
            String all = allText(reader);
            assertTrue(all.contains("Not met"), all);
            assertTrue(all.contains("Whole cluster"), all);
            assertTrue(all.contains("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAO ƯỚC THI ĐUA"), all);
        } finally {
            reader.close();
        }
    }

    @Test
    void wideClusterIsSplitAndRepeatsItsHeaders() throws Exception {
        byte[] pdf = writeTo("tally-wide.pdf", TallyPdf.write(wide(), VI, "Ủy ban MTTQ quận Hải Châu", LocalDate.of(2025, 12, 20)));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() >= 2, "pages: " + reader.getNumberOfPages());
            String all = allText(reader);
            for (int t = 1; t <= 14; t++) {
                assertTrue(all.contains("CT-" + t), "CT-" + t);
            }
            assertTrue(all.contains("(phần 2/2)"), all);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 2; page <= reader.getNumberOfPages(); page++) {
                String text = extractor.getTextFromPage(page);
                assertTrue(text.contains("Tên đơn vị"), "header row repeated on page " + page + ": " + text);
            }
        } finally {
            reader.close();
        }
        assertTrue(List.of(TallyPdf.roman(1), TallyPdf.roman(4), TallyPdf.roman(14)).equals(List.of("I", "IV", "XIV")));
    }
}
