package vn.thidua.pledge.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.thidua.pledge.document.PledgeDocument.AuditLine;
import vn.thidua.pledge.document.PledgeDocument.Clause;
import vn.thidua.pledge.document.PledgeDocument.SignatureLine;
import vn.thidua.pledge.document.PledgeDocument.TargetLine;

class PledgePdfWriterTest {

    private static final Locale VI = new Locale("vi");
    private static final String CODE = "TD-7K3M-9QXP";
    private static final String FINGERPRINT = "3f9a1c27b48e5d60a7c2e19f0b36d4a85e7c1f2093b6a4d8c5e0f17a2b9d3c46";
    private static final Path OUT = Path.of("target", "pdf");

    static PledgeDocument sample(boolean signed) {
        String[] units = {"UBMTTQ Việt Nam thị trấn Thứ Mười Một", "UBMTTQ Việt Nam xã Thuận Hòa",
            "UBMTTQ Việt Nam xã Đông Hưng", "UBMTTQ Việt Nam xã Đông Hưng A", "UBMTTQ Việt Nam xã Đông Hưng B",
            "UBMTTQ Việt Nam xã Vân Khánh", "UBMTTQ Việt Nam xã Vân Khánh Đông", "UBMTTQ Việt Nam xã Vân Khánh Tây",
            "UBMTTQ Việt Nam xã Đông Thạnh", "UBMTTQ Việt Nam xã Tân Thạnh", "UBMTTQ Việt Nam xã Đông Hòa"};
        String[][] people = {{"Nguyễn Văn Hùng", "Trần Thị Mỹ Linh"}, {"Lê Hoàng Phúc", "Phạm Thị Thu Hà"},
            {"Danh Sà Rết", "Võ Minh Triết"}, {"Huỳnh Văn Đức", "Thị Sa Ri"}, {"Đặng Quốc Khởi", "Lý Thị Ngọc Ánh"},
            {"Trương Văn Bảy", "Nguyễn Thị Ửng"}, {"Tô Văn Nghĩa", "Lâm Thị Hồng Nhung"}, {"Châu Văn Ẩn", "Đỗ Thị Yến"},
            {"Bùi Văn Lượng", "Hồ Thị Kim Quyên"}, {"Mai Thanh Tùng", "Quách Thị Diễm"}, {"Dương Văn Ơn", "Kha Thị Út"}};
        List<SignatureLine> signatures = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            String registration = i % 3 == 0 ? "Cờ thi đua; Bằng khen" : i % 3 == 1 ? "Bằng khen" : "";
            boolean paper = i == 2 || i == 7;
            String chairAt = signed || i < 8 ? String.format("%02d/03/2022 %02d:%02d (GMT+7)", 10 + i / 4, 8 + i % 4, 5 * i) : null;
            String viceAt = signed || i % 2 == 0 ? String.format("%02d/03/2022 %02d:%02d (GMT+7)", 11 + i / 4, 9 + i % 3, 3 * i) : null;
            signatures.add(new SignatureLine(units[i], "Chủ tịch", people[i][0], chairAt, paper, registration));
            // As the application does: the registration on the chair's line only; the table shows it once per unit.
            signatures.add(new SignatureLine(units[i], "Phó Chủ tịch", people[i][1], viceAt, paper, i == 5 ? "Giấy khen" : ""));
        }
        List<TargetLine> targets = List.of(
                new TargetLine("CT01", "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”", "≥ 90%", "Toàn xã"),
                new TargetLine("CT02", "Vận động Quỹ “Vì người nghèo”", "≥ 50.000.000 đ", "Mỗi đơn vị"),
                new TargetLine("CT03", "Xây dựng, sửa chữa nhà Đại đoàn kết cho hộ nghèo", "≥ 3 căn", "Mỗi đơn vị"),
                new TargetLine("CT04", "Khu dân cư đạt chuẩn “Khu dân cư văn hóa”", "≥ 85%", "Ấp, khu phố"),
                new TargetLine("CT05", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "100%", "Ấp, khu phố"),
                new TargetLine("CT06", "Giám sát, phản biện xã hội theo kế hoạch", "≥ 2 cuộc/năm", "Mỗi đơn vị"));
        List<Clause> clauses = List.of(
                new Clause("Điều 1", "Mục đích, yêu cầu",
                        "Phát huy sức mạnh **khối đại đoàn kết toàn dân tộc**, thực hiện thắng lợi Nghị quyết Đại hội "
                                + "Đảng bộ huyện An Minh lần thứ XII.\nThi đua phải *thiết thực, hiệu quả*, tránh hình thức."),
                new Clause("Điều 2", "Nội dung thi đua",
                        "Các đơn vị thành viên cam kết:\n\n"
                                + "- Thực hiện tốt cuộc vận động **“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”**;\n"
                                + "- Vận động Quỹ *“Vì người nghèo”* đạt và vượt chỉ tiêu được giao;\n"
                                + "- Tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh;\n"
                                + "* Giám sát và phản biện xã hội đúng quy định."),
                new Clause("Điều 3", "Chỉ tiêu thi đua",
                        "Mỗi đơn vị đăng ký và phấn đấu đạt các chỉ tiêu nêu tại bảng **Chỉ tiêu thi đua** dưới đây. "
                                + "Chỉ tiêu có dấu ≥ là mức tối thiểu; đơn vị vượt *từ 20% trở lên* được xem xét đề nghị khen thưởng."),
                new Clause("Điều 4", "Chế độ báo cáo, sơ kết, tổng kết",
                        "Định kỳ 6 tháng, các đơn vị báo cáo kết quả về Cụm trưởng trước ngày 15/6; báo cáo năm trước ngày 15/11.\n"
                                + "Cụm trưởng tổng hợp, chấm điểm và đề nghị xét khen thưởng theo quy định."),
                new Clause("Điều 5", "Hiệu lực thi hành",
                        "Giao ước có hiệu lực kể từ ngày ký. Trong quá trình thực hiện, nếu có vướng mắc các đơn vị phản ánh "
                                + "về Cụm trưởng để thống nhất điều chỉnh.\n\n*Giao ước được lập trên hệ thống Thi Đua; "
                                + "bản in có giá trị khi đối chiếu đúng mã xác minh.*"));
        String[] events = {"Tạo giao ước", "Sửa Điều 2", "Thêm chỉ tiêu CT06", "Chốt nội dung, phiên bản 3",
            "Ký: Chủ tịch xã Thuận Hòa", "Ký: Phó Chủ tịch xã Thuận Hòa", "Ghi nhận chữ ký giấy: xã Đông Hưng",
            "Ký: Chủ tịch thị trấn Thứ Mười Một", "Ký: Chủ tịch xã Vân Khánh Tây", "Ký: Chủ tịch xã Đông Hòa",
            "Xác nhận của đơn vị tổ chức", "Xuất bản PDF"};
        List<AuditLine> audit = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            String hash = Integer.toHexString(0x10000000 + i * 0x1234567).repeat(8);
            audit.add(new AuditLine(i + 1, String.format("%02d/03/2022 %02d:%02d", 1 + i, 8 + i % 9, 7 * i % 60),
                    events[i], i % 2 == 0 ? "Trần Văn Tâm (Cụm trưởng)" : "Nguyễn Thị Bé Ba", hash));
        }
        return PledgeDocument.builder()
                .parentBody("Ủy ban MTTQ Việt Nam huyện An Minh")
                .issuingBody("Cụm thi đua số 1")
                .place("An Minh")
                .date(LocalDate.of(2022, 3, 10))
                .title("Giao ước thi đua")
                .subtitle("Phong trào: Thi đua năm 2022")
                .version(3)
                .fingerprint(FINGERPRINT)
                .verificationCode(CODE)
                .verificationUrl("http://localhost:8080/verify.xhtml?code=" + CODE)
                .signed(signed)
                .generatedAt(Instant.parse("2022-03-12T02:30:00Z"))
                .clauses(clauses)
                .targets(targets)
                .signatures(signatures)
                .confirmation(new SignatureLine("Ủy ban MTTQ Việt Nam huyện An Minh", "Chủ tịch", "Nguyễn Thanh Bình",
                        signed ? "12/03/2022 09:15 (GMT+7)" : null, false, ""))
                .audit(audit)
                .build();
    }

    private static byte[] writeTo(String name, PledgeDocument doc, Locale locale) throws Exception {
        byte[] pdf = PledgePdfWriter.write(doc, locale);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), pdf);
        return pdf;
    }

    @Test
    void writesTheSignedSample() throws Exception {
        byte[] pdf = writeTo("pledge-sample.pdf", sample(true), VI);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() >= 3, "pages: " + reader.getNumberOfPages());
            // Identity-H text extracts through the ToUnicode map OpenPDF writes for its subsets.
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String page1 = extractor.getTextFromPage(1);
            assertTrue(page1.contains("GIAO ƯỚC THI ĐUA"), page1);
            assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), page1);
            assertTrue(page1.contains("An Minh, ngày 10 tháng 3 năm 2022"), page1);
            String all = allText(reader);
            assertTrue(all.contains("Vân Khánh Tây"), all);
            assertTrue(all.contains("Ký trực tiếp"), all);
            assertTrue(all.contains("PHỤ LỤC — NHẬT KÝ GIAO ƯỚC"), all);
            assertTrue(all.contains("Mã xác minh: " + CODE), all);
            assertFalse(all.contains("CHỈ ĐỂ THAM KHẢO"), "a fully signed copy has no watermark");
            assertFalse(all.contains("**"), "LightText markers are rendered, not printed");

            Map<String, String> info = reader.getInfo();
            assertEquals("Thi Đua", info.get("Creator"));
            assertTrue(info.get("Title").contains("GIAO ƯỚC THI ĐUA") || info.get("Title").contains("Giao ước thi đua"));
            assertTrue(info.get("Keywords").contains("thidua-verify:" + CODE));
            assertTrue(info.get("CreationDate").startsWith("D:20220312093000"), info.get("CreationDate"));
        } finally {
            reader.close();
        }
        assertEquals(Optional.of(CODE), PledgePdfWriter.readVerificationCode(pdf));
    }

    @Test
    void unsignedCopyCarriesTheWatermarkOnEveryPage() throws Exception {
        byte[] pdf = writeTo("pledge-sample-unsigned.pdf", sample(false), VI);
        assertEquals(Optional.of(CODE), PledgePdfWriter.readVerificationCode(pdf));
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String text = extractor.getTextFromPage(page);
                assertTrue(text.contains("BẢN CHƯA CÓ ĐỦ CHỮ KÝ — CHỈ ĐỂ THAM KHẢO"), "page " + page + ": " + text);
                assertTrue(text.contains("Trang " + page + "/"), "page " + page + ": " + text);
            }
            assertTrue(allText(reader).contains("Chưa ký"));
        } finally {
            reader.close();
        }
    }

    @Test
    void englishLabelsAndMinimalDocument() throws Exception {
        PledgeDocument minimal = PledgeDocument.builder()
                .date(LocalDate.of(2023, 1, 5))
                .generatedAt(Instant.EPOCH)
                .title("Giao ước")
                .verificationCode("TD-AAAA-BBBB")
                .build();
        byte[] pdf = writeTo("pledge-minimal-en.pdf", minimal, Locale.ENGLISH);
        assertEquals(Optional.of("TD-AAAA-BBBB"), PledgePdfWriter.readVerificationCode(pdf));
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = allText(reader);
            assertTrue(text.contains("05/01/2023"), text);
            assertTrue(text.contains("NOT FULLY SIGNED"), text);
            assertTrue(text.contains("Version 1"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void readVerificationCodeNeverThrows() throws Exception {
        assertEquals(Optional.empty(), PledgePdfWriter.readVerificationCode(null));
        assertEquals(Optional.empty(), PledgePdfWriter.readVerificationCode(new byte[0]));
        assertEquals(Optional.empty(), PledgePdfWriter.readVerificationCode("%PDF-1.4 nothing else".getBytes(StandardCharsets.US_ASCII)));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(garbage);
            if (i % 2 == 0) {
                System.arraycopy("%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, Math.min(9, garbage.length));
            }
            assertEquals(Optional.empty(), PledgePdfWriter.readVerificationCode(garbage));
        }
        byte[] pdf = PledgePdfWriter.write(sample(true), VI);
        for (int cut : new int[] {pdf.length / 10, pdf.length / 2, pdf.length - 200, pdf.length - 20}) {
            Optional<String> code = PledgePdfWriter.readVerificationCode(Arrays.copyOf(pdf, cut));
            // The info dictionary sits near the end: a cut file may lose it (empty) but never reports a wrong code.
            assertTrue(code.isEmpty() || code.get().equals(CODE), "cut at " + cut + ": " + code);
        }
        byte[] flipped = pdf.clone();
        for (int i = 0; i < flipped.length; i += 97) {
            flipped[i] ^= 0x5A;
        }
        Optional<String> code = PledgePdfWriter.readVerificationCode(flipped);
        assertTrue(code.isEmpty() || code.get().equals(CODE));
    }

    private static String allText(PdfReader reader) throws Exception {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
