package vn.thidua.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The canonical JSON that fingerprints and audit hashes are computed over: one spelling for the same data. */
class CanonicalJsonTest {

    @Test
    void writesKeysInCallOrderWithoutWhitespaceAndCommasBetweenNestedItems() {
        String json = new CanonicalJson().beginObject()
                .field("name", "Cụm 1")
                .field("year", 2022)
                .field("open", true)
                .beginObject("campaign").field("organiser", "909").endObject()
                .beginArray("items")
                .beginObject().field("n", 1).endObject()
                .beginObject().field("n", new BigDecimal("2.50")).field("on", LocalDate.of(2022, 6, 30)).endObject()
                .endArray()
                .beginArray("empty").endArray()
                .field("end", (String) null)
                .endObject().toString();
        assertEquals("{\"name\":\"Cụm 1\",\"year\":2022,\"open\":true,\"campaign\":{\"organiser\":\"909\"},"
                + "\"items\":[{\"n\":1},{\"n\":2.5,\"on\":\"2022-06-30\"}],\"empty\":[],\"end\":null}", json);
    }

    @Test
    void stringsAreNfcNormalisedSoHoaTypedTwoWaysIsOneText() {
        String nfd = "Ho" + "a\u0300"; // a + combining grave accent
        String nfc = "Ho\u00e0";
        String fromNfd = new CanonicalJson().beginObject().field("name", nfd).endObject().toString();
        String fromNfc = new CanonicalJson().beginObject().field("name", nfc).endObject().toString();
        assertEquals(fromNfc, fromNfd);
        assertEquals("{\"name\":\"Ho\u00e0\"}", fromNfd);
        assertFalse(fromNfd.contains("\u0300"));
    }

    @Test
    void keysAreNormalisedAndEscapedLikeValues() {
        String json = new CanonicalJson().beginObject().field("a\"" + "o\u0301", "x").endObject().toString();
        assertEquals("{\"a\\\"\u00f3\":\"x\"}", json);
    }

    @Test
    void escapesQuotesBackslashNewlineAndControlCharactersOneWayOnly() {
        String json = new CanonicalJson().beginObject()
                .field("t", "say \"hi\"\\ back\nnext\ttab\rret\u0001\u001f end")
                .endObject().toString();
        assertEquals("{\"t\":\"say \\\"hi\\\"\\\\ back\\nnext\\u0009tab\\u000dret\\u0001\\u001f end\"}", json);
    }

    @Test
    void nonAsciiAboveControlRangeIsWrittenAsIs() {
        String json = new CanonicalJson().beginObject().field("t", "≥ 80 % — “Vì người nghèo”").endObject().toString();
        assertEquals("{\"t\":\"≥ 80 % — “Vì người nghèo”\"}", json);
    }

    @Test
    void equalDecimalsWriteTheSamePlainNumber() {
        for (String spelling : new String[] {"80", "80.00", "8E+1", "80.0000000"}) {
            String json = new CanonicalJson().beginObject().field("v", new BigDecimal(spelling)).endObject().toString();
            assertEquals("{\"v\":80}", json, spelling);
        }
    }

    @Test
    void trailingZerosOfAFractionAreDropped() {
        assertEquals("0.5", CanonicalJson.plain(new BigDecimal("0.50")));
        assertEquals("80.5", CanonicalJson.plain(new BigDecimal("80.50")));
        assertEquals("-1.1", CanonicalJson.plain(new BigDecimal("-1.10")));
    }

    @Test
    void zeroInAnyScaleIsZero() {
        assertEquals("0", CanonicalJson.plain(new BigDecimal("0.00")));
        assertEquals("0", CanonicalJson.plain(new BigDecimal("0E+3")));
        assertEquals("0", CanonicalJson.plain(BigDecimal.ZERO));
    }

    @Test
    void largeNumbersAreNeverInScientificNotation() {
        assertEquals("50000000", CanonicalJson.plain(new BigDecimal("5E+7")));
        assertEquals("1000000000000000", CanonicalJson.plain(new BigDecimal("1E+15")));
        assertEquals("0.00001", CanonicalJson.plain(new BigDecimal("1E-5")));
    }

    @Test
    void nullValuesAreJsonNull() {
        String json = new CanonicalJson().beginObject()
                .field("s", (String) null)
                .field("d", (BigDecimal) null)
                .field("day", (LocalDate) null)
                .endObject().toString();
        assertEquals("{\"s\":null,\"d\":null,\"day\":null}", json);
    }

    @Test
    void nullStringDiffersFromEmptyString() {
        String withNull = new CanonicalJson().beginObject().field("s", (String) null).endObject().toString();
        String withEmpty = new CanonicalJson().beginObject().field("s", "").endObject().toString();
        assertEquals("{\"s\":\"\"}", withEmpty);
        assertTrue(!withNull.equals(withEmpty));
    }
}
