package vn.thidua.tally;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TallyXlsxTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    // --- a small view -----------------------------------------------------------------------------------------------

    private static TallyView.TargetHead target(String code, String name, String kind, String threshold, int met, int evaluated) {
        TallyView.TargetHead t = new TallyView.TargetHead();
        t.code = code;
        t.name = name;
        t.kind = kind;
        t.threshold = threshold;
        t.eachMember = true;
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

    private static TallyView.UnitRow unit(String code, String name, TallyView.Cell... cells) {
        TallyView.UnitRow u = new TallyView.UnitRow();
        u.code = code;
        u.name = name;
        u.cells.addAll(List.of(cells));
        return u;
    }

    private static TallyView view() {
        TallyView v = new TallyView();
        v.campaignName = "Phong trào thi đua năm 2025";
        v.campaignYear = "2025";

        TallyView.ClusterTally a = new TallyView.ClusterTally();
        a.id = 1;
        a.name = "Cụm số 1: huyện [Hòa Vang]/Đà Nẵng và các xã lân cận phía tây";
        a.pledged = true;
        a.targets.add(target("htt-share", "Tỷ lệ Ban Công tác Mặt trận HTT", "RATED_SHARE", "80", 1, 3));
        a.targets.add(target("new-members", "Kết nạp hội viên mới", "QUANTITY", "100", 1, 2));
        a.units.add(unit("00001", "Xã Hòa Bắc",
                cell("htt-share", "met", "85.7", "6"), cell("new-members", "not_met", "80.0", "80")));
        a.units.add(unit("00002", "Xã Hòa Ninh",
                cell("htt-share", "incomplete", null, null), cell("new-members", "met", "120.0", "120")));
        a.units.add(unit("00003", "Xã Hòa Phú",
                cell("htt-share", "not_met", "50.0", "2"), cell("new-members", null, null, null)));
        a.cluster.add(cell("htt-share", "not_met", "33.3", "1"));
        a.cluster.add(cell("new-members", "met", "100.0", "200"));
        v.clusters.add(a);

        // same name once sanitised and cut: must get another sheet name
        TallyView.ClusterTally b = new TallyView.ClusterTally();
        b.id = 2;
        b.name = "Cụm số 1: huyện [Hòa Vang]/Đà Nẵng và các xã khác";
        b.pledged = true;
        b.targets.add(target("done", "Đường giao thông xanh", "DONE", "", 0, 1));
        b.units.add(unit("00009", "Xã Hòa Liên", cell("done", "not_applicable", null, null)));
        b.cluster.add(cell("done", "not_applicable", null, null));
        v.clusters.add(b);

        TallyView.ClusterTally c = new TallyView.ClusterTally();
        c.id = 3;
        c.name = "Tổng hợp";
        v.clusters.add(c);
        return v;
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row);
        XSSFCell c = r == null ? null : r.getCell(column);
        return c == null ? "" : c.toString();
    }

    private static String fill(XSSFSheet sheet, int row, int column) {
        XSSFCellStyle style = sheet.getRow(row).getCell(column).getCellStyle();
        return style.getFillForegroundXSSFColor() == null ? null : style.getFillForegroundXSSFColor().getARGBHex();
    }

    // --- tests ------------------------------------------------------------------------------------------------------

    @Test
    void sheetNamesAreSafeShortAndUnique() throws IOException {
        try (XSSFWorkbook wb = open(TallyXlsx.write(view(), VI))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            assertEquals(4, names.size(), names::toString);
            assertEquals("Tổng hợp", names.get(0));
            assertEquals("Cụm số 1_ huyện _Hòa Vang__Đà N", names.get(1));
            assertEquals("Cụm số 1_ huyện _Hòa Vang__ (2)", names.get(2));
            assertEquals("Tổng hợp (2)", names.get(3));
            for (String name : names) {
                assertTrue(name.length() <= 31, name);
            }
        }
    }

    @Test
    void clusterSheetHasStatusesFiguresAndFills() throws IOException {
        try (XSSFWorkbook wb = open(TallyXlsx.write(view(), VI))) {
            XSSFSheet s = wb.getSheetAt(1);
            assertTrue(text(s, 0, 0).startsWith("Phong trào thi đua năm 2025"), text(s, 0, 0));
            assertEquals(List.of("Mã đơn vị", "Tên đơn vị", "htt-share", "Ngưỡng 80 %", "new-members", "Ngưỡng 100"),
                    List.of(text(s, 1, 0), text(s, 1, 1), text(s, 1, 2), text(s, 1, 3), text(s, 1, 4), text(s, 1, 5)));
            // units
            assertEquals("00001", text(s, 2, 0));
            assertEquals("Đạt", text(s, 2, 2));
            assertEquals(85.7, s.getRow(2).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("Không đạt", text(s, 2, 4));
            assertEquals("Chưa đủ số liệu", text(s, 3, 2));
            assertEquals(CellType.BLANK, s.getRow(3).getCell(3).getCellType());
            assertEquals("Không áp dụng", text(s, 4, 4));
            // fills
            assertEquals("FFC6EFCE", fill(s, 2, 2));
            assertEquals("FFC6EFCE", fill(s, 2, 3));
            assertEquals("FFFFC7CE", fill(s, 2, 4));
            assertEquals("FFFFEB9C", fill(s, 3, 2));
            assertEquals("FFE7E6E6", fill(s, 4, 4));
            // the cluster row
            assertEquals("Toàn cụm", text(s, 5, 0));
            assertEquals("Không đạt", text(s, 5, 2));
            assertEquals("Đạt", text(s, 5, 4));
            assertEquals(100.0, s.getRow(5).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(6, s.getLastRowNum() + 1);
            assertTrue(s.getPaneInformation().isFreezePane());
            assertTrue(s.getRow(1).getCell(2).getCellStyle().getFont().getBold());
        }
    }

    @Test
    void summarySheetHasOneRowPerClusterAndTarget() throws IOException {
        try (XSSFWorkbook wb = open(TallyXlsx.write(view(), VI))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals("Phong trào thi đua năm 2025", text(s, 0, 0));
            assertEquals("htt-share", text(s, 2, 1));
            assertEquals(1.0, s.getRow(2).getCell(4).getNumericCellValue());
            assertEquals(3.0, s.getRow(2).getCell(5).getNumericCellValue());
            assertEquals("Không đạt", text(s, 2, 6));
            assertEquals("FFFFC7CE", fill(s, 2, 6));
            assertEquals("new-members", text(s, 3, 1));
            assertEquals("Đạt", text(s, 3, 6));
            assertEquals("done", text(s, 4, 1));
            assertEquals("Không áp dụng", text(s, 4, 6));
            // the cluster without a pledge
            assertEquals("Tổng hợp", text(s, 5, 0));
            assertEquals("Cụm chưa có giao ước.", text(s, 5, 2));
            assertEquals(6, s.getLastRowNum() + 1);
        }
    }

    @Test
    void statusTextsFollowTheLocale() throws IOException {
        try (XSSFWorkbook wb = open(TallyXlsx.write(view(), Locale.ENGLISH))) {
            XSSFSheet s = wb.getSheetAt(1);
            assertEquals("Met", text(s, 2, 2));
            assertEquals("Not met", text(s, 2, 4));
            assertEquals("Incomplete", text(s, 3, 2));
        }
    }

    @Test
    void aLargeCampaignStaysStreamed() throws IOException {
        TallyView v = new TallyView();
        v.campaignName = "Toàn quốc";
        TallyView.ClusterTally c = new TallyView.ClusterTally();
        c.name = "Cả nước";
        for (int t = 0; t < 5; t++) {
            c.targets.add(target("t-" + t, "Chỉ tiêu " + t, "QUANTITY", "100", 0, 0));
            c.cluster.add(cell("t-" + t, "incomplete", null, null));
        }
        for (int i = 0; i < 3321; i++) {
            TallyView.UnitRow u = unit(String.format("%05d", i), "Xã " + i);
            for (int t = 0; t < 5; t++) {
                u.cells.add(cell("t-" + t, i % 2 == 0 ? "met" : "not_met", "100.0", "1000"));
            }
            c.units.add(u);
        }
        v.clusters.add(c);
        try (XSSFWorkbook wb = open(TallyXlsx.write(v, null))) {
            XSSFSheet s = wb.getSheet("Cả nước");
            assertEquals(2 + 3321 + 1, s.getLastRowNum() + 1);
            assertEquals("03320", text(s, 3322, 0));
            assertEquals("Đạt", text(s, 3322, 2)); // 3320 is even
            assertEquals("Không đạt", text(s, 3321, 2));
            assertEquals("Toàn cụm", text(s, 3323, 0));
        }
    }
}
