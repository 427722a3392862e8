package vn.thidua.assessment;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultCsvParserTest {

    private static final String HEADER = "unit_code,measure,value\n";
    private static final String HTT = "Hoàn thành tốt nhiệm vụ";

    private final ResultCsvParser parser = new ResultCsvParser();

    private ResultCsvResult parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** "line key args" for each error, to compare the whole list in one assertion. */
    private static List<String> errors(ResultCsvResult result) {
        return result.getErrors().stream()
                .map(e -> e.getLine() + " " + e.getKey() + (e.getArgs().isEmpty() ? "" : " " + e.getArgs()))
                .collect(Collectors.toList());
    }

    private static ResultCsvError onlyError(ResultCsvResult result) {
        assertEquals(1, result.getErrors().size(), () -> result.getErrors().toString());
        return result.getErrors().get(0);
    }

    @Nested
    class GoodFiles {

        @Test
        void bomCrlfQuotesVietnameseAndNfd() {
            String nfd = Normalizer.normalize(HTT, Normalizer.Form.NFD);
            assertFalse(nfd.equals(HTT), "the test needs decomposed input");
            String text = "\uFEFFUnit_Code , MEASURE,Value\r\n"
                    + "31018-01,rating,  " + HTT + "  \r\n"
                    + "31018-01,new-members,12\r\n"
                    + "\r\n"
                    + "31018-02,rating,\"" + nfd + "\"\r\n"
                    + "31018-02,note,\"Tốt, \"\"vượt\"\" chỉ tiêu\"\r\n"
                    + " 31018-03 , rating ,\"Hai\r\ndòng\"\r\n"
                    + "31018-04,rating,HT";   // no line end at the end of the file
            ResultCsvResult result = parse(text);

            assertEquals(List.of(), result.getErrors());
            assertTrue(result.isOk());
            assertEquals(List.of(
                    new ResultCsvRow(2, "31018-01", "rating", HTT),
                    new ResultCsvRow(3, "31018-01", "new-members", "12"),
                    new ResultCsvRow(5, "31018-02", "rating", HTT),
                    new ResultCsvRow(6, "31018-02", "note", "Tốt, \"vượt\" chỉ tiêu"),
                    new ResultCsvRow(7, "31018-03", "rating", "Hai\r\ndòng"),
                    new ResultCsvRow(9, "31018-04", "rating", "HT")), result.getRows());
            assertTrue(Normalizer.isNormalized(result.getRows().get(2).getValue(), Normalizer.Form.NFC));
        }

        @Test
        void blankLinesAndBlankFieldsAreSkippedButCounted() {
            ResultCsvResult result = parse("\n\n" + HEADER + "\n   \n,,\n , , \n00004,rating,HTXS\n");

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(new ResultCsvRow(8, "00004", "rating", "HTXS")), result.getRows());
        }

        @Test
        void commentLinesAnywhere() {
            String text = "# Kết quả năm 2025, xã An Minh \"nháp\n"
                    + "  # second comment, with a comma\n"
                    + HEADER
                    + "#  31018-01,rating,HT\n"
                    + "31018-01,rating,HTT\n"
                    + "\t# inside the data\n"
                    + "31018-02,rating,HT # not a comment\n";
            ResultCsvResult result = parse(text);

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(
                    new ResultCsvRow(5, "31018-01", "rating", "HTT"),
                    new ResultCsvRow(7, "31018-02", "rating", "HT # not a comment")), result.getRows());
        }

        @Test
        void valueKeptRawApartFromTrimAndNfc() {
            ResultCsvResult result = parse(HEADER + "X1,rating,  hoàn   thành  TỐT \n");

            assertEquals("hoàn   thành  TỐT", result.getRows().get(0).getValue());
        }
    }

    @Nested
    class Errors {

        @Test
        void encoding() {
            byte[] head = (HEADER + "A1,rating,HT\n").getBytes(StandardCharsets.UTF_8);
            byte[] bad = {'A', '2', ',', 'r', 'a', 't', 'i', 'n', 'g', ',', (byte) 0xC3, '(', '\n'};
            byte[] content = new byte[head.length + bad.length];
            System.arraycopy(head, 0, content, 0, head.length);
            System.arraycopy(bad, 0, content, head.length, bad.length);

            ResultCsvResult result = parser.parse(content);

            assertEquals(new ResultCsvError(3, "results.csv.encoding"), onlyError(result));
            assertEquals(List.of(), result.getRows());
        }

        @Test
        void windows1258OrLatin1IsRefused() {
            byte[] latin1 = (HEADER + "A1,rating,Hoàn thành\n").getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(new ResultCsvError(2, "results.csv.encoding"), onlyError(parser.parse(latin1)));
        }

        @Test
        void utf16IsRefused() {
            byte[] utf16 = (HEADER + "A1,rating,HT\n").getBytes(StandardCharsets.UTF_16LE);
            byte[] withBom = new byte[utf16.length + 2];
            withBom[0] = (byte) 0xFF;
            withBom[1] = (byte) 0xFE;
            System.arraycopy(utf16, 0, withBom, 2, utf16.length);
            assertEquals("results.csv.encoding", onlyError(parser.parse(withBom)).getKey());
        }

        @Test
        void header() {
            assertEquals(List.of("1 results.csv.header [unit_code,measure,value]"),
                    errors(parse("A1,rating,HT\nA2,rating,HT\n")));
            assertEquals(List.of("3 results.csv.header [unit_code,measure,value]"),
                    errors(parse("# c\n\nunit_code,measure,value,unit_name\nA1,rating,HT,Ấp 1\n")));
            assertEquals(List.of("1 results.csv.header [unit_code,measure,value]"),
                    errors(parse("unit_code,value,measure\n")));
            assertEquals(List.of("1 results.csv.header [unit_code,measure,value]"),
                    errors(parse("unit_code,measure\n")));
        }

        @Test
        void columns() {
            ResultCsvResult result = parse(HEADER + "A1,rating,HT\nA2,rating\nA3,rating,HT,extra\nA4,rating,\"a,b\"\n");

            assertEquals(List.of("3 results.csv.columns [3, 2]", "4 results.csv.columns [3, 4]"), errors(result));
            assertEquals(List.of("A1", "A4"),
                    result.getRows().stream().map(ResultCsvRow::getUnitCode).collect(Collectors.toList()));
        }

        @Test
        void unterminatedQuote() {
            ResultCsvResult result = parse(HEADER + "A1,rating,HT\nA2,rating,\"HT\nA3,rating,HT\n");

            assertEquals(List.of("3 results.csv.quote"), errors(result));
            assertFalse(result.isOk());
        }

        @Test
        void unterminatedQuoteInHeaderIsNotAlsoEmpty() {
            assertEquals(List.of("2 results.csv.quote"), errors(parse("\n\"unit_code,measure,value\n")));
        }

        @Test
        void unitCode() {
            ResultCsvResult result = parse(HEADER + "A1,rating,HT\n,rating,HT\nẤp 1,rating,HT\n"
                    + "A/2,rating,HT\n" + "A".repeat(33) + ",rating,HT\n");

            assertEquals(List.of("3 results.csv.unitCode []", "4 results.csv.unitCode [Ấp 1]",
                    "5 results.csv.unitCode [A/2]", "6 results.csv.unitCode [" + "A".repeat(33) + "]"), errors(result));
            assertEquals(1, result.getRows().size());
        }

        @Test
        void measure() {
            ResultCsvResult result = parse(HEADER + "A1,Rating,HT\nA1,,HT\nA1,x,HT\nA1,-new,HT\nA1,new_members,1\n"
                    + "A1," + "a".repeat(41) + ",1\n" + "A1," + "a".repeat(40) + ",1\nA1,2025-q4,1\n");

            assertEquals(List.of("2 results.csv.measure [Rating]", "3 results.csv.measure []",
                    "4 results.csv.measure [x]", "5 results.csv.measure [-new]",
                    "6 results.csv.measure [new_members]", "7 results.csv.measure [" + "a".repeat(41) + "]"),
                    errors(result));
            assertEquals(2, result.getRows().size());
        }

        @Test
        void valueMissing() {
            ResultCsvResult result = parse(HEADER + "A1,rating,\nA2,rating,   \nA3,rating,\"\"\n");

            assertEquals(List.of("2 results.csv.valueMissing", "3 results.csv.valueMissing",
                    "4 results.csv.valueMissing"), errors(result));
            assertEquals(List.of(), result.getRows());
        }

        @Test
        void severalProblemsOnOneLine() {
            assertEquals(List.of("2 results.csv.unitCode [a b]", "2 results.csv.measure [X]",
                    "2 results.csv.valueMissing"), errors(parse(HEADER + "a b,X,\n")));
        }

        @Test
        void duplicate() {
            ResultCsvResult result = parse(HEADER + "A1,rating,HT\nA1,target-1,5\n\nA1,rating,HTT\n A1 , rating ,HT\n"
                    + "A2,rating,\nA2,rating,HT\n");

            assertEquals(List.of("5 results.csv.duplicate [2]", "6 results.csv.duplicate [2]",
                    "7 results.csv.valueMissing", "8 results.csv.duplicate [7]"), errors(result));
            assertEquals(List.of(new ResultCsvRow(2, "A1", "rating", "HT"), new ResultCsvRow(3, "A1", "target-1", "5")),
                    result.getRows());
        }

        @Test
        void unitCodesAreCaseSensitive() {
            assertTrue(parse(HEADER + "a1,rating,HT\nA1,rating,HT\n").isOk());
        }

        @Test
        void empty() {
            assertEquals(List.of("0 results.csv.empty"), errors(parse("")));
            assertEquals(List.of("0 results.csv.empty"), errors(parse("\uFEFF")));
            assertEquals(List.of("0 results.csv.empty"), errors(parse(HEADER)));
            assertEquals(List.of("0 results.csv.empty"), errors(parse("# only a comment\n" + HEADER + "\n,,\n# x\n")));
        }

        @Test
        void tooMany() {
            ResultCsvParser small = new ResultCsvParser(3);
            String ok = HEADER + "A1,rating,HT\n\nA2,rating,HT\n# c\nA3,rating,HT\n";

            assertTrue(small.parse(ok.getBytes(StandardCharsets.UTF_8)).isOk());
            ResultCsvResult result = small.parse((ok + "\nA4,rating,HT\nA5,rating,HT\n").getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("8 results.csv.tooMany [3]"), errors(result));
            assertEquals(500_000, new ResultCsvParser().getMaxRows());
            assertThrows(IllegalArgumentException.class, () -> new ResultCsvParser(0));
        }

        @Test
        void errorListIsCut() {
            StringBuilder text = new StringBuilder(HEADER);
            for (int i = 0; i < 250; i++) {
                text.append("A").append(i).append(",rating,\n");
            }
            ResultCsvResult result = parse(text.toString());

            assertEquals(ResultCsvParser.MAX_ERRORS + 1, result.getErrors().size());
            assertEquals(new ResultCsvError(0, "results.csv.tooManyErrors", "200", "250"),
                    result.getErrors().get(ResultCsvParser.MAX_ERRORS));
            assertEquals(201, result.getErrors().get(ResultCsvParser.MAX_ERRORS - 1).getLine());
        }
    }

    @Test
    void hundredThousandRowsQuickly() {
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 0; i < 50_000; i++) {
            text.append("U").append(i).append(",rating,").append(HTT).append("\r\n");
            text.append("U").append(i).append(",new-members,\"1,").append(i % 1000).append("\"\r\n");
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        ResultCsvResult result = parser.parse(content);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(List.of(), result.getErrors());
        assertEquals(100_000, result.getRows().size());
        assertEquals(new ResultCsvRow(100_001, "U49999", "new-members", "1,999"), result.getRows().get(99_999));
        assertTrue(millis < 3000, "took " + millis + " ms");
    }

    @Nested
    class Template {

        @Test
        void roundTrip() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"31018-01", "rating", HTT});
            rows.add(new String[] {"31018-01", "note", "Tốt, \"vượt\" chỉ tiêu"});
            rows.add(new String[] {"31018-02", "note", "Hai\ndòng"});
            rows.add(new String[] {"31018-02", "rating", "HT"});
            String text = ResultCsvParser.template("Xã Thứ Mười Một, năm 2025\nĐiền cột value.", rows);

            assertTrue(text.startsWith("\uFEFF# Xã Thứ Mười Một, năm 2025\r\n# Điền cột value.\r\nunit_code,measure,value\r\n"),
                    text);
            assertTrue(text.contains("31018-01,note,\"Tốt, \"\"vượt\"\" chỉ tiêu\"\r\n"), text);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertEquals((byte) 0xEF, bytes[0]);
            assertEquals((byte) 0xBB, bytes[1]);
            assertEquals((byte) 0xBF, bytes[2]);

            ResultCsvResult result = parser.parse(bytes);
            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(
                    new ResultCsvRow(4, "31018-01", "rating", HTT),
                    new ResultCsvRow(5, "31018-01", "note", "Tốt, \"vượt\" chỉ tiêu"),
                    new ResultCsvRow(6, "31018-02", "note", "Hai\ndòng"),
                    new ResultCsvRow(8, "31018-02", "rating", "HT")), result.getRows());
        }

        @Test
        void withoutCommentAndWithEmptyRatingsToFill() {
            List<String[]> rows = List.of(new String[] {"31018-01", "rating", null},
                    new String[] {"31018-02", "rating", ""});
            String text = ResultCsvParser.template(rows);

            assertEquals("\uFEFFunit_code,measure,value\r\n31018-01,rating,\r\n31018-02,rating,\r\n", text);
            // not filled in: each line must be filled in or deleted
            assertEquals(List.of("2 results.csv.valueMissing", "3 results.csv.valueMissing"),
                    errors(parse(text)));
        }

        @Test
        void firstFieldStartingWithHashIsQuoted() {
            String text = ResultCsvParser.template(List.<String[]>of(new String[] {"#1", "rating", "HT"}));

            assertTrue(text.endsWith("\"#1\",rating,HT\r\n"), text);
            assertEquals(List.of("2 results.csv.unitCode [#1]"), errors(parse(text)));
        }

        @Test
        void badRows() {
            assertThrows(IllegalArgumentException.class,
                    () -> ResultCsvParser.template(List.<String[]>of(new String[] {"A1", "rating"})));
            List<String[]> withNull = new ArrayList<>();
            withNull.add(null);
            assertThrows(IllegalArgumentException.class, () -> ResultCsvParser.template(withNull));
        }
    }

    @Test
    void theTemplatesCommentLinesCannotCarryAFormula() {
        String csv = ResultCsvParser.template("31021-01: Ấp X,=HYPERLINK(\"http://evil\",\"bấm\")\n31021-02: @SUM(1)", List.of());
        for (String line : csv.split("\r\n")) {
            for (String cell : line.replace('\uFEFF', ' ').split("[,;]")) {
                String c = cell.strip();
                org.junit.jupiter.api.Assertions.assertFalse(!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0, line);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("'=HYPERLINK"), csv);
    }
}
