package io.slakit.core.json;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 26: what Jackson accepted silently (duplicate keys, trailing content, numbers through double) is bad input or exact. */
class StrictJsonTest {
    private static final String HEAD = "{\"product\": \"cvm\", \"site\": \"cn\", \"month\": \"2024-04\", \"currency\": \"CNY\", ";

    private static EvaluationRequest read(String text) {
        return MonthFileReader.read(MonthFileReader.parse(text, "month.json"));
    }

    @Test
    void aKeyGivenTwiceIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read(HEAD + "\"resources\": [{\"id\": \"a\", \"fee\": \"1.00\", \"fee\": \"2.00\"}]}"));
        assertTrue(e.getMessage().contains("Duplicate field 'fee'"), e.getMessage());
        assertEquals("month.json", e.field());
    }

    @Test
    void contentAfterTheDocumentIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read(HEAD + "\"resources\": []} {\"product\": \"cdn\"}"));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
    }

    @Test
    void aFeeWrittenAsAJsonNumberIsReadExactly() {
        // Through double, 12345678901234567.89 became 12345678901234568.
        EvaluationRequest r = read(HEAD + "\"resources\": [{\"id\": \"a\", \"fee\": 12345678901234567.89}]}");
        assertEquals(0, new BigDecimal("12345678901234567.89").compareTo(r.resources().get(0).fee().amount()));
    }

    @Test
    void deepNestingIsBadInput() {
        String deep = "[".repeat(SlaJson.MAX_NESTING + 5) + "]".repeat(SlaJson.MAX_NESTING + 5);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read(HEAD + "\"resources\": [{\"id\": \"a\", \"fee\": \"1.00\", \"x\": " + deep + "}]}"));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
    }

    @Test
    void aHugeNumberIsBadInput() {
        String digits = "9".repeat(SlaJson.MAX_NUMBER_LENGTH + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read(HEAD + "\"resources\": [{\"id\": \"a\", \"fee\": " + digits + "}]}"));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
    }
}
