package vn.thidua.shared.csv;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    /** "line: fields" for each record up to the end. */
    private static List<String> records(CsvReader reader) {
        List<String> out = new ArrayList<>();
        List<String> fields;
        while ((fields = reader.next()) != null) {
            out.add(reader.recordLine() + ": " + fields);
        }
        return out;
    }

    @Nested
    class Records {

        @Test
        void splitsOnCommasAndLineEnds() {
            assertEquals(List.of("1: [a, b, c]", "2: [d, , ]"), records(CsvReader.of("a,b,c\r\nd,,\n")));
        }

        @Test
        void noTextNoRecord() {
            assertNull(CsvReader.of("").next());
        }

        @Test
        void lastLineWithoutLineEnd() {
            assertEquals(List.of("1: [a]", "2: [b]"), records(CsvReader.of("a\nb")));
        }

        @Test
        void anEmptyLineIsOneEmptyField() {
            CsvReader reader = CsvReader.of("a\n\nb\n");
            assertEquals(List.of("a"), reader.next());
            assertEquals(List.of(""), reader.next());
            assertEquals(2, reader.recordLine());
            assertEquals(List.of("b"), reader.next());
            assertEquals(3, reader.recordLine());
        }

        @Test
        void fieldsAreNotTrimmed() {
            assertEquals(List.of(" a ", "\tb"), CsvReader.of(" a ,\tb").next());
        }

        @Test
        void aLoneCarriageReturnIsText() {
            assertEquals(List.of("a\rb"), CsvReader.of("a\rb\n").next());
        }
    }

    @Nested
    class Quotes {

        @Test
        void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
            CsvReader reader = CsvReader.of("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext\n");
            assertEquals(List.of("a,b", "say \"hi\"", "two\nlines"), reader.next());
            assertEquals(1, reader.recordLine());
            assertEquals(List.of("next"), reader.next());
            assertEquals(3, reader.recordLine(), "a record after a multi-line one starts on the physical line");
        }

        @Test
        void spaceBeforeAnOpeningQuoteIsDroppedTextAfterAClosingQuoteIsKept() {
            assertEquals(List.of("a", "b c"), CsvReader.of("  \"a\", \"b\" c").next());
        }

        @Test
        void aQuoteInsideAnUnquotedFieldIsText() {
            assertEquals(List.of("5\" disk"), CsvReader.of("5\" disk").next());
        }

        @Test
        void anUnclosedQuoteEndsTheReadingAtTheLineWhereItStarts() {
            CsvReader reader = CsvReader.of("a\nb,\"never\nclosed\nc\n");
            assertEquals(List.of("a"), reader.next());
            assertFalse(reader.unclosedQuote());
            assertNull(reader.next());
            assertTrue(reader.unclosedQuote());
            assertEquals(2, reader.recordLine());
            assertNull(reader.next(), "nothing more after an unclosed quote");
        }
    }

    @Nested
    class CommentLines {

        @Test
        void aHashIsDataByDefault() {
            assertEquals(List.of("# note", "x"), CsvReader.of("# note,x\n").next());
        }

        @Test
        void withCommentLinesAHashFirstSkipsThePhysicalLine() {
            CsvReader reader = CsvReader.withCommentLines("  # a \"quote, and a comma\r\nh\n#last");
            assertEquals(List.of(), reader.next());
            assertEquals(1, reader.recordLine());
            assertEquals(List.of("h"), reader.next());
            assertEquals(2, reader.recordLine());
            assertEquals(List.of(), reader.next());
            assertEquals(3, reader.recordLine());
            assertNull(reader.next());
            assertFalse(reader.unclosedQuote());
        }

        @Test
        void aHashAfterTheFirstFieldOrQuotedIsData() {
            CsvReader reader = CsvReader.withCommentLines("a,#b\n\"#c\"\n");
            assertEquals(List.of("a", "#b"), reader.next());
            assertEquals(List.of("#c"), reader.next());
        }
    }

    @Nested
    class NonBlank {

        @Test
        void skipsEmptyLinesBlankFieldsAndComments() {
            CsvReader reader = CsvReader.withCommentLines("\n , ,\n# c\nx,y\n,,\n");
            assertEquals(List.of("x", "y"), reader.nextNonBlank());
            assertEquals(4, reader.recordLine());
            assertNull(reader.nextNonBlank());
            assertFalse(reader.unclosedQuote());
        }

        @Test
        void endsAtAnUnclosedQuoteWhichTheCallerReports() {
            CsvReader reader = CsvReader.of("\n\n\"open\n");
            assertNull(reader.nextNonBlank());
            assertTrue(reader.unclosedQuote());
            assertEquals(3, reader.recordLine());
        }

        @Test
        void isBlank() {
            assertTrue(CsvReader.isBlank(List.of()));
            assertTrue(CsvReader.isBlank(List.of("", " \t")));
            assertFalse(CsvReader.isBlank(List.of("", "x")));
        }
    }

    @Nested
    class Header {

        private final List<String> columns = List.of("unit_code", "measure", "value");

        @Test
        void comparedTrimmedAndCaseInsensitively() {
            assertTrue(CsvReader.isHeader(List.of(" Unit_Code", "MEASURE ", "value"), columns));
        }

        @Test
        void sameColumnsInTheSameOrderOnly() {
            assertFalse(CsvReader.isHeader(List.of("unit_code", "measure"), columns));
            assertFalse(CsvReader.isHeader(List.of("unit_code", "measure", "value", ""), columns));
            assertFalse(CsvReader.isHeader(List.of("measure", "unit_code", "value"), columns));
        }
    }
}
