package vn.thidua.organisation;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitCsvParserTest {

    private static final Set<String> TYPES =
            Set.of("Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu", "Ấp");
    private static final String UNITS = "unit_code,unit_name,unit_type,parent_code\n";
    private static final String OFFICIAL = "province_code,province_name,commune_code,commune_name,commune_type\n";

    private final UnitCsvParser parser = new UnitCsvParser(TYPES, code -> false);

    private UnitCsvResult parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(UnitCsvResult result) {
        return result.getRows().stream().map(UnitCsvRow::getCode).collect(Collectors.toList());
    }

    /** "line key" for each error, to compare the whole list in one assertion. */
    private static List<String> errors(UnitCsvResult result) {
        return result.getErrors().stream().map(e -> e.getLine() + " " + e.getKey()).collect(Collectors.toList());
    }

    private static UnitCsvError onlyError(UnitCsvResult result) {
        assertEquals(1, result.getErrors().size(), () -> result.getErrors().toString());
        return result.getErrors().get(0);
    }

    /**
     * The reference lists kept in the repository (src/test/resources/data, and the demo's 2022 list in the application's
     * resources): read from the class path so that a missing file fails the test instead of skipping it.
     */
    private static byte[] referenceData(String resource) throws IOException {
        try (InputStream in = UnitCsvParserTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "reference data missing from the class path: " + resource);
            return in.readAllBytes();
        }
    }

    @Nested
    class RealFiles {

        @Test
        void anMinh2022() throws IOException {
            UnitCsvResult result = parser.parse(referenceData("/vn/thidua/demo/an-minh-2022.csv"));

            assertEquals(List.of(), result.getErrors());
            assertTrue(result.isValid());
            assertEquals("UNITS", result.getFormat());
            assertEquals(13, result.getRows().size());
            assertEquals(new UnitCsvRow(2, "91", "Kiên Giang", "Tỉnh", null), result.getRows().get(0));
            assertEquals(new UnitCsvRow(3, "909", "An Minh", "Huyện", "91"), result.getRows().get(1));
            assertEquals(new UnitCsvRow(4, "31018", "Thứ Mười Một", "Thị trấn", "909"), result.getRows().get(2));
            assertEquals(new UnitCsvRow(14, "31048", "Vân Khánh Tây", "Xã", "909"), result.getRows().get(12));
            for (int i = 0; i < 13; i++) {
                assertEquals(i + 2, result.getRows().get(i).getLine(), "file order kept");
            }
        }

        @Test
        void official2025() throws IOException {
            UnitCsvResult result = parser.parse(referenceData("/data/vn-admin-units-2025.csv"));

            assertEquals(List.of(), result.getErrors());
            assertEquals("OFFICIAL_2025", result.getFormat());
            List<UnitCsvRow> rows = result.getRows();
            assertEquals(34 + 3321, rows.size());

            List<UnitCsvRow> provinces = rows.stream().filter(r -> r.getParentCode() == null).collect(Collectors.toList());
            assertEquals(34, provinces.size());
            assertEquals(Set.of("Thành phố Hà Nội", "Thành phố Hải Phòng", "Thành phố Huế", "Thành phố Đà Nẵng",
                            "Thành phố Hồ Chí Minh", "Thành phố Cần Thơ"),
                    provinces.stream().filter(p -> p.getTypeName().equals("Thành phố"))
                            .map(UnitCsvRow::getName).collect(Collectors.toSet()));
            assertEquals(28, provinces.stream().filter(p -> p.getTypeName().equals("Tỉnh")).count());

            assertEquals(new UnitCsvRow(2, "01", "Thành phố Hà Nội", "Thành phố", null), rows.get(0));
            assertEquals(new UnitCsvRow(2, "00004", "Phường Ba Đình", "Phường", "01"), rows.get(1));

            Map<String, Long> byType = rows.stream().filter(r -> r.getParentCode() != null)
                    .collect(Collectors.groupingBy(UnitCsvRow::getTypeName, Collectors.counting()));
            assertEquals(Map.of("Phường", 687L, "Xã", 2621L, "Đặc khu", 13L), byType);

            // every parent before its children; every commune under a province
            Set<String> seen = new HashSet<>();
            Set<String> provinceCodes = provinces.stream().map(UnitCsvRow::getCode).collect(Collectors.toSet());
            for (UnitCsvRow row : rows) {
                if (row.getParentCode() != null) {
                    assertTrue(seen.contains(row.getParentCode()), () -> "parent not before " + row);
                    assertTrue(provinceCodes.contains(row.getParentCode()), () -> "parent not a province: " + row);
                }
                assertTrue(seen.add(row.getCode()), () -> "code twice: " + row);
            }
            // a province row carries the line where the province first appears
            UnitCsvRow caMau = provinces.stream().filter(p -> p.getCode().equals("96")).findFirst().orElseThrow();
            UnitCsvRow firstCommuneOfCaMau = rows.stream().filter(r -> "96".equals(r.getParentCode()))
                    .findFirst().orElseThrow();
            assertEquals(caMau.getLine(), firstCommuneOfCaMau.getLine());
            assertEquals(rows.indexOf(caMau) + 1, rows.indexOf(firstCommuneOfCaMau));
        }

        @Test
        void official2025IsFast() throws IOException {
            byte[] content = referenceData("/data/vn-admin-units-2025.csv");
            parser.parse(content); // warm up
            assertTimeoutPreemptively(Duration.ofMillis(1000), () -> {
                for (int i = 0; i < 3; i++) {
                    assertEquals(3355, parser.parse(content).getRows().size());
                }
            });
        }
    }

    @Nested
    class Encoding {

        @Test
        void byteOrderMarkIsIgnored() {
            byte[] body = (UNITS + "91,Kiên Giang,Tỉnh,\n909,An Minh,Huyện,91\n").getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);

            UnitCsvResult result = parser.parse(withBom);

            assertEquals(List.of(), result.getErrors());
            assertEquals("UNITS", result.getFormat());
            assertEquals(List.of(new UnitCsvRow(2, "91", "Kiên Giang", "Tỉnh", null),
                    new UnitCsvRow(3, "909", "An Minh", "Huyện", "91")), result.getRows());
        }

        @Test
        void invalidUtf8IsOneErrorAtTheBadLine() {
            byte[] good = (UNITS + "91,Kiên Giang,Tỉnh,\n").getBytes(StandardCharsets.UTF_8);
            byte[] bad = "909,An Minh\u00ff,Huyện,91\n".getBytes(StandardCharsets.ISO_8859_1); // lone 0xFF
            byte[] more = "x,,,\n".getBytes(StandardCharsets.UTF_8); // would be errors if it were read
            byte[] content = new byte[good.length + bad.length + more.length];
            System.arraycopy(good, 0, content, 0, good.length);
            System.arraycopy(bad, 0, content, good.length, bad.length);
            System.arraycopy(more, 0, content, good.length + bad.length, more.length);

            UnitCsvResult result = parser.parse(content);

            UnitCsvError error = onlyError(result);
            assertEquals("import.error.encoding", error.getKey());
            assertEquals(3, error.getLine());
            assertFalse(result.isValid());
            assertEquals(List.of(), result.getRows());
        }

        @Test
        void latin1FileIsRejected() {
            byte[] content = (UNITS + "1,Hà,Xã,\n").getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(List.of("2 import.error.encoding"), errors(parser.parse(content)));
        }

        @Test
        void crlfLineEndings() {
            UnitCsvResult result = parse(UNITS.replace("\n", "\r\n") + "91,Kiên Giang,Tỉnh,\r\n\r\n909,An Minh,Huyện,91\r\n");

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(new UnitCsvRow(2, "91", "Kiên Giang", "Tỉnh", null),
                    new UnitCsvRow(4, "909", "An Minh", "Huyện", "91")), result.getRows());
        }

        @Test
        void decomposedTextIsNormalisedToNfc() {
            String composed = "Thuận Hoà";
            String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
            String decomposedType = Normalizer.normalize("Xã", Normalizer.Form.NFD);
            assertFalse(decomposed.equals(composed), "test data must really be decomposed");

            UnitCsvResult result = parse(UNITS + "1," + decomposed + "," + decomposedType + ",\n");

            assertEquals(List.of(), result.getErrors());
            UnitCsvRow row = result.getRows().get(0);
            assertEquals(composed, row.getName());
            assertEquals("Xã", row.getTypeName());
        }

        @Test
        void knownTypesGivenDecomposedStillMatchAndKeepTheCallersSpelling() {
            String decomposedXa = Normalizer.normalize("Xã", Normalizer.Form.NFD);
            UnitCsvParser p = new UnitCsvParser(Set.of(decomposedXa), code -> false);

            UnitCsvResult result = p.parse((UNITS + "1,Một,Xã,\n").getBytes(StandardCharsets.UTF_8));

            assertEquals(List.of(), result.getErrors());
            assertEquals(decomposedXa, result.getRows().get(0).getTypeName());
        }
    }

    @Nested
    class Structure {

        @Test
        void emptyFile() {
            assertEquals(List.of("0 import.error.empty"), errors(parser.parse(new byte[0])));
            assertEquals(List.of("0 import.error.empty"), errors(parse("\n  \n\r\n")));
            assertEquals(List.of("0 import.error.empty"), errors(parser.parse(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
        }

        @Test
        void headerOnly() {
            UnitCsvResult result = parse(UNITS + "\n\n");
            assertEquals(List.of("0 import.error.empty"), errors(result));
            assertEquals("UNITS", result.getFormat());
            assertEquals(List.of("0 import.error.empty"), errors(parse(OFFICIAL)));
        }

        @Test
        void unknownHeader() {
            UnitCsvResult result = parse("code,name,type,parent\n1,A,Xã,\n");

            UnitCsvError error = onlyError(result);
            assertEquals(1, error.getLine());
            assertEquals("import.error.header", error.getKey());
            String expected = (String) error.getArgs().get(0);
            assertTrue(expected.contains("unit_code,unit_name,unit_type,parent_code"), expected);
            assertTrue(expected.contains("province_code,province_name,commune_code,commune_name,commune_type"), expected);
            assertNull(result.getFormat());
            assertEquals(List.of(), result.getRows());
        }

        @Test
        void missingHeader() {
            assertEquals(List.of("1 import.error.header"), errors(parse("91,Kiên Giang,Tỉnh,\n909,An Minh,Huyện,91\n")));
        }

        @Test
        void headerIsTrimmedAndCaseInsensitive() {
            UnitCsvResult result = parse(" Unit_Code , UNIT_NAME,unit_type ,parent_code\n1,A,Xã,\n");
            assertEquals(List.of(), result.getErrors());
            assertEquals("UNITS", result.getFormat());
        }

        @Test
        void wrongColumnCount() {
            UnitCsvResult result = parse(UNITS + "1,A,Xã,\n2,B,Xã\n\n3,C,Xã,,extra\n4,D,Xã,1\n");

            assertEquals(List.of("3 import.error.columns", "5 import.error.columns"), errors(result));
            assertEquals(List.of(4, 3), result.getErrors().get(0).getArgs());
            assertEquals(List.of(4, 5), result.getErrors().get(1).getArgs());
            assertEquals(List.of("1", "4"), codes(result));
        }

        @Test
        void childOfARowWithTheWrongColumnCountIsNotAlsoAMissingParent() {
            assertEquals(List.of("2 import.error.columns"), errors(parse(UNITS + "1,A,Xã\n2,B,Ấp,1\n")));
        }

        @Test
        void blankLinesAreSkippedButCounted() {
            UnitCsvResult result = parse(UNITS + "\n1,A,Xã,\n   \n,,,\n\n2,B,Xã,\n");

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(3, 7), result.getRows().stream().map(UnitCsvRow::getLine).collect(Collectors.toList()));
        }

        @Test
        void fieldsAreTrimmedAndInnerSpaceFolded() {
            UnitCsvResult result = parse(UNITS + "  1 ,  Vân   Khánh  Đông ,\tXã , \n 2,B, Ấp , 1 \n");

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(new UnitCsvRow(2, "1", "Vân Khánh Đông", "Xã", null),
                    new UnitCsvRow(3, "2", "B", "Ấp", "1")), result.getRows());
        }

        @Test
        void innerWhiteSpaceAloneIsFolded() {
            UnitCsvResult result = parse(UNITS + "1,Vân  Khánh,Xã,\n2,Vân\tKhánh,Thị  trấn,\n3,Vân Khánh,Xã,\n");

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of("Vân Khánh", "Vân Khánh", "Vân Khánh"),
                    result.getRows().stream().map(UnitCsvRow::getName).collect(Collectors.toList()));
            assertEquals("Thị trấn", result.getRows().get(1).getTypeName());
        }

        @Test
        void noTrailingNewline() {
            UnitCsvResult result = parse(UNITS + "1,A,Xã,");
            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(new UnitCsvRow(2, "1", "A", "Xã", null)), result.getRows());
        }
    }

    @Nested
    class Quoting {

        @Test
        void quotedFieldsWithCommasAndDoubledQuotes() {
            UnitCsvResult result = parse(UNITS
                    + "\"1\",\"Hội Nông dân, xã \"\"Vân Khánh\"\"\",\"Xã\",\"\"\n"
                    + "2, \"Ấp 1, 2\" ,Ấp,\"1\"\n");

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(new UnitCsvRow(2, "1", "Hội Nông dân, xã \"Vân Khánh\"", "Xã", null),
                    new UnitCsvRow(3, "2", "Ấp 1, 2", "Ấp", "1")), result.getRows());
        }

        @Test
        void lineBreakInsideQuotesKeepsPhysicalLineNumbers() {
            UnitCsvResult result = parse(UNITS + "1,\"Vân\r\nKhánh\",Xã,\n2,B,Xã,1\n3,,Xã,1\n");

            assertEquals(List.of("5 import.error.emptyName"), errors(result));
            assertEquals(List.of(new UnitCsvRow(2, "1", "Vân Khánh", "Xã", null),
                    new UnitCsvRow(4, "2", "B", "Xã", "1"), new UnitCsvRow(5, "3", "", "Xã", "1")), result.getRows());
        }

        @Test
        void quoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() {
            UnitCsvResult result = parse(UNITS + "1,Ấp 5\"A\",Ấp,\n");
            assertEquals(List.of(), result.getErrors());
            assertEquals("Ấp 5\"A\"", result.getRows().get(0).getName());
        }

        @Test
        void unclosedQuote() {
            UnitCsvResult result = parse(UNITS + "1,A,Xã,\n2,\"B,Xã,1\n3,C,Xã,99\n4,,Xã,\n");

            // the rest of the file is inside the quote: one error, no guesses about what follows
            assertEquals(List.of("3 import.error.quote"), errors(result));
            assertEquals(List.of("1"), codes(result));
        }

        @Test
        void unclosedQuoteInHeader() {
            assertEquals(List.of("1 import.error.quote"), errors(parse("\"unit_code,unit_name,unit_type,parent_code\n")));
        }
    }

    @Nested
    class RowChecks {

        @Test
        void eachFieldErrorAtItsLine() {
            String longName = "A".repeat(201);
            UnitCsvResult result = parse(UNITS
                    + "1,Một,Xã,\n"          // 2 fine
                    + ",Hai,Xã,\n"           // 3 empty code
                    + "3,,Xã,\n"             // 4 empty name
                    + "4 4,Bốn,Xã,\n"        // 5 bad code (space)
                    + "5,Năm,Làng,\n"        // 6 unknown type
                    + "6,Sáu,,\n"            // 7 empty type
                    + "7," + longName + ",Xã,\n" // 8 name too long
                    + "8," + "B".repeat(200) + ",xã,\n" // 9 200 is fine; type is case-sensitive
                    + "123456789012345678901234567890123,Mười,Xã,\n" // 10 code of 33 chars
                    + "a.B_c-9,Mười một,Xã,\n"); // 11 fine

            assertEquals(List.of("3 import.error.emptyCode", "4 import.error.emptyName", "5 import.error.badCode",
                    "6 import.error.unknownType", "7 import.error.emptyType", "8 import.error.nameTooLong",
                    "9 import.error.unknownType", "10 import.error.badCode"), errors(result));
            List<UnitCsvError> e = result.getErrors();
            assertEquals(List.of("unit_code"), e.get(0).getArgs());
            assertEquals(List.of("unit_name"), e.get(1).getArgs());
            assertEquals(List.of("4 4"), e.get(2).getArgs());
            assertEquals(List.of("Làng"), e.get(3).getArgs());
            assertEquals(List.of(), e.get(4).getArgs());
            assertEquals(List.of(200, 201), e.get(5).getArgs());
            assertEquals(List.of("xã"), e.get(6).getArgs());
            assertEquals(List.of("123456789012345678901234567890123"), e.get(7).getArgs());
            assertFalse(result.isValid());
        }

        @Test
        void duplicateCode() {
            UnitCsvResult result = parse(UNITS + "1,A,Xã,\n2,B,Xã,\n1,C,Xã,\n\n2,D,Xã,\n1,E,Xã,\n");

            assertEquals(List.of("4 import.error.duplicateCode", "6 import.error.duplicateCode",
                    "7 import.error.duplicateCode"), errors(result));
            assertEquals(List.of("1", 2), result.getErrors().get(0).getArgs());
            assertEquals(List.of("2", 3), result.getErrors().get(1).getArgs());
            assertEquals(List.of("1", 2), result.getErrors().get(2).getArgs());
        }

        @Test
        void codesAreCaseSensitive() {
            assertEquals(List.of(), parse(UNITS + "ab,A,Xã,\nAB,B,Xã,\n").getErrors());
        }

        @Test
        void missingParent() {
            UnitCsvResult result = parse(UNITS + "1,A,Xã,\n2,B,Ấp,1\n3,C,Ấp,9\n4,D,Ấp,9\n");

            assertEquals(List.of("4 import.error.missingParent", "5 import.error.missingParent"), errors(result));
            assertEquals(List.of("9"), result.getErrors().get(0).getArgs());
        }

        @Test
        void parentMayAlreadyExistInTheDatabase() {
            List<String> asked = new ArrayList<>();
            Predicate<String> inDatabase = code -> {
                asked.add(code);
                return code.equals("909");
            };
            UnitCsvParser p = new UnitCsvParser(TYPES, inDatabase);

            UnitCsvResult result = p.parse((UNITS + "31021,Thuận Hoà,Xã,909\n31024,Đông Hòa,Xã,909\n"
                    + "31030,Đông Thạnh,Xã,909\nA1,Ấp 1,Ấp,31021\nx,X,Xã,910\n").getBytes(StandardCharsets.UTF_8));

            assertEquals(List.of("6 import.error.missingParent"), errors(result));
            assertEquals(List.of("909", "910"), asked, "asked once per code, never for codes in the file");
        }

        @Test
        void selfParent() {
            UnitCsvResult result = parse(UNITS + "1,A,Xã,1\n2,B,Ấp,1\n");

            assertEquals(List.of("2 import.error.selfParent"), errors(result));
            assertEquals(List.of("1"), result.getErrors().get(0).getArgs());
        }

        @Test
        void cycle() {
            UnitCsvResult result = parse(UNITS
                    + "R,Root,Tỉnh,\n"   // 2
                    + "A,A,Xã,B\n"       // 3 A -> B -> A
                    + "X,X,Xã,R\n"       // 4
                    + "B,B,Xã,A\n"       // 5
                    + "C,C,Ấp,A\n"       // 6 hangs off the cycle, not on it
                    + "P,P,Xã,Q\n"       // 7 P -> Q -> S -> P
                    + "Q,Q,Xã,S\n"       // 8
                    + "S,S,Xã,P\n");     // 9

            assertEquals(List.of("3 import.error.cycle", "5 import.error.cycle", "7 import.error.cycle",
                    "8 import.error.cycle", "9 import.error.cycle"), errors(result));
            assertEquals(List.of("A"), result.getErrors().get(0).getArgs());
            assertEquals(List.of("B"), result.getErrors().get(1).getArgs());
            assertEquals(8, result.getRows().size(), "rows still given for display");
        }

        @Test
        void parentDefinedAfterChildIsOrderedFirst() {
            UnitCsvResult result = parse(UNITS
                    + "31021,Thuận Hoà,Xã,909\n"   // 2
                    + "X,Khác,Tỉnh,\n"             // 3
                    + "A1,Ấp 1,Ấp,31021\n"         // 4
                    + "909,An Minh,Huyện,91\n"     // 5
                    + "31024,Đông Hòa,Xã,909\n"    // 6
                    + "91,Kiên Giang,Tỉnh,\n");    // 7

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of("91", "909", "31021", "X", "A1", "31024"), codes(result));
            assertEquals(7, result.getRows().get(0).getLine());
            assertEquals(5, result.getRows().get(1).getLine());
        }

        @Test
        void errorsComeInLineOrderWhateverTheCheck() {
            UnitCsvResult result = parse(UNITS
                    + "1,A,Xã,9\n"     // 2 missing parent (found after reading everything)
                    + ",B,Xã,\n"       // 3 empty code
                    + "3,C,Xã,3\n"     // 4 self parent
                    + "1,D,Làng,\n"    // 5 unknown type, then duplicate
                    + "4,E,Xã,5\n"     // 6 cycle
                    + "5,F,Xã,4\n");   // 7 cycle

            assertEquals(List.of("2 import.error.missingParent", "3 import.error.emptyCode",
                    "4 import.error.selfParent", "5 import.error.unknownType", "5 import.error.duplicateCode",
                    "6 import.error.cycle", "7 import.error.cycle"), errors(result));
        }

        @Test
        void errorsAreCappedAt200() {
            StringBuilder csv = new StringBuilder(UNITS);
            for (int i = 0; i < 250; i++) {
                csv.append("c").append(i).append(",,Xã,\n");
            }
            UnitCsvResult result = parse(csv.toString());

            List<UnitCsvError> e = result.getErrors();
            assertEquals(201, e.size());
            assertEquals(2, e.get(0).getLine());
            assertEquals(201, e.get(199).getLine());
            assertTrue(e.subList(0, 200).stream().allMatch(x -> x.getKey().equals("import.error.emptyName")));
            assertEquals("import.error.tooMany", e.get(200).getKey());
            assertEquals(List.of(200, 250), e.get(200).getArgs());
        }

        @Test
        void exactly200ErrorsAreNotCut() {
            StringBuilder csv = new StringBuilder(UNITS);
            for (int i = 0; i < 200; i++) {
                csv.append("c").append(i).append(",,Xã,\n");
            }
            List<UnitCsvError> e = parse(csv.toString()).getErrors();
            assertEquals(200, e.size());
            assertFalse(e.stream().anyMatch(x -> x.getKey().equals("import.error.tooMany")));
        }

        @Test
        void errorArgsAreUnmodifiable() {
            UnitCsvError error = parse(UNITS + "1,A,Làng,\n").getErrors().get(0);
            assertThrows(UnsupportedOperationException.class, () -> error.getArgs().add("x"));
            assertThrows(UnsupportedOperationException.class, () -> parse(UNITS + "1,A,Xã,\n").getRows().clear());
            assertTrue(error.toString().contains("import.error.unknownType"), error.toString());
            assertTrue(error.toString().contains("Làng"), error.toString());
        }
    }

    @Nested
    class Official2025 {

        @Test
        void provincesBecomeRowsBeforeTheirCommunes() {
            UnitCsvResult result = parse(OFFICIAL
                    + "01,Thành phố Hà Nội,00004,Phường Ba Đình,Phường\n" // 2
                    + "04,Cao Bằng,01273,Phường Thục Phán,Phường\n"      // 3
                    + "01,Thành phố Hà Nội,00008,Phường Ngọc Hà,Phường\n" // 4 province 01 again, interleaved
                    + "\n"
                    + "96,Cà Mau,32248,Đặc khu Hòn Khoai,Đặc khu\n");   // 6

            assertEquals(List.of(), result.getErrors());
            assertEquals(List.of(
                    new UnitCsvRow(2, "01", "Thành phố Hà Nội", "Thành phố", null),
                    new UnitCsvRow(2, "00004", "Phường Ba Đình", "Phường", "01"),
                    new UnitCsvRow(3, "04", "Cao Bằng", "Tỉnh", null),
                    new UnitCsvRow(3, "01273", "Phường Thục Phán", "Phường", "04"),
                    new UnitCsvRow(4, "00008", "Phường Ngọc Hà", "Phường", "01"),
                    new UnitCsvRow(6, "96", "Cà Mau", "Tỉnh", null),
                    new UnitCsvRow(6, "32248", "Đặc khu Hòn Khoai", "Đặc khu", "96")), result.getRows());
        }

        @Test
        void cityPrefixNeedsTheSpaceAndTheExactWords() {
            UnitCsvResult result = parse(OFFICIAL + "01,Thành phốX,1,A,Xã\n02,thành phố Y,2,B,Xã\n");
            assertEquals(List.of("Tỉnh", "Xã", "Tỉnh", "Xã"),
                    result.getRows().stream().map(UnitCsvRow::getTypeName).collect(Collectors.toList()));
        }

        @Test
        void sameProvinceCodeWithAnotherName() {
            UnitCsvResult result = parse(OFFICIAL
                    + "91,An Giang,30001,Xã A,Xã\n"
                    + "91,Kiên Giang,30002,Xã B,Xã\n"
                    + "91,An Giang,30003,Xã C,Xã\n");

            UnitCsvError error = onlyError(result);
            assertEquals(3, error.getLine());
            assertEquals("import.error.provinceName", error.getKey());
            assertEquals(List.of("91", "Kiên Giang", "An Giang", 2), error.getArgs());
        }

        @Test
        void provinceNameComparedAfterNfc() {
            String decomposed = Normalizer.normalize("Khánh Hòa", Normalizer.Form.NFD);
            UnitCsvResult result = parse(OFFICIAL + "56,Khánh Hòa,1,A,Xã\n56," + decomposed + ",2,B,Xã\n");
            assertEquals(List.of(), result.getErrors());
        }

        @Test
        void fieldErrorsNameTheirColumn() {
            UnitCsvResult result = parse(OFFICIAL
                    + ",Hà Nội,00004,Phường Ba Đình,Phường\n" // 2
                    + "01,,00008,Phường Ngọc Hà,Phường\n"     // 3
                    + "01,Hà Nội,,,Làng\n"                    // 4
                    + "0 1,Hà Nội,00009,X,Xã\n"               // 5
                    + "01,Hà Nội,00010,Y,Xã,\n");             // 6

            assertEquals(List.of("2 import.error.emptyCode", "3 import.error.emptyName", "4 import.error.emptyCode",
                    "4 import.error.emptyName", "4 import.error.unknownType", "5 import.error.badCode",
                    "6 import.error.columns"), errors(result));
            List<UnitCsvError> e = result.getErrors();
            assertEquals(List.of("province_code"), e.get(0).getArgs());
            assertEquals(List.of("province_name"), e.get(1).getArgs());
            assertEquals(List.of("commune_code"), e.get(2).getArgs());
            assertEquals(List.of("commune_name"), e.get(3).getArgs());
            assertEquals(List.of("Làng"), e.get(4).getArgs());
            assertEquals(List.of("0 1"), e.get(5).getArgs());
            assertEquals(List.of(5, 6), e.get(6).getArgs());
        }

        @Test
        void provinceTypeMustBeKnown() {
            UnitCsvParser p = new UnitCsvParser(Set.of("Xã", "Thành phố"), code -> false);
            UnitCsvResult result = p.parse((OFFICIAL + "01,Thành phố Hà Nội,1,A,Xã\n04,Cao Bằng,2,B,Xã\n"
                    + "04,Cao Bằng,3,C,Xã\n").getBytes(StandardCharsets.UTF_8));

            UnitCsvError error = onlyError(result);
            assertEquals(3, error.getLine());
            assertEquals("import.error.unknownType", error.getKey());
            assertEquals(List.of("Tỉnh"), error.getArgs());
        }

        @Test
        void communeCodeClashingWithAProvinceCode() {
            UnitCsvResult result = parse(OFFICIAL + "01,Hà Nội,00004,A,Phường\n02,Hà Giang,01,B,Xã\n");

            assertEquals(List.of("3 import.error.duplicateCode"), errors(result));
            assertEquals(List.of("01", 2), result.getErrors().get(0).getArgs());
        }

        @Test
        void communeCodeEqualToItsProvinceCode() {
            UnitCsvResult result = parse(OFFICIAL + "01,Hà Nội,01,A,Phường\n");
            assertEquals(List.of("2 import.error.duplicateCode", "2 import.error.selfParent"), errors(result));
        }

        @Test
        void duplicateCommuneCode() {
            UnitCsvResult result = parse(OFFICIAL + "01,Hà Nội,00004,A,Phường\n01,Hà Nội,00004,B,Phường\n");
            assertEquals(List.of("3 import.error.duplicateCode"), errors(result));
            assertEquals(List.of("00004", 2), result.getErrors().get(0).getArgs());
        }
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> new UnitCsvParser(null, code -> false));
        assertThrows(NullPointerException.class, () -> new UnitCsvParser(TYPES, null));
        assertThrows(NullPointerException.class, () -> parser.parse(null));
    }
}
