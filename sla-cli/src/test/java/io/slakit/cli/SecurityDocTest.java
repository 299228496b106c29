package io.slakit.cli;

import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** SECURITY.md states the limits the code has: the table's defaults are the constants. */
class SecurityDocTest {
    private static String security() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path file = Files.exists(here.resolve("SECURITY.md")) ? here.resolve("SECURITY.md") : here.getParent().resolve("SECURITY.md");
        return Files.readString(file);
    }

    private static void row(String doc, String bound, String value) {
        assertTrue(doc.contains("| " + bound + " | " + value), "SECURITY.md should state: | " + bound + " | " + value);
    }

    @Test
    void theDocumentedDefaultsAreTheCodes() throws IOException {
        String doc = security();
        row(doc, "JSON month file, read whole (file or standard input)", (InputLimits.MONTH_FILE_BYTES >> 20) + " MiB ("
                + InputLimits.MONTH_FILE_BYTES + " bytes)");
        row(doc, "one JSON Lines record (a line: one resource)", (InputLimits.JSON_LINE_CHARS >> 20) + " Mi characters ("
                + InputLimits.JSON_LINE_CHARS + ")");
        row(doc, "one CSV line, on every CSV path", (InputLimits.CSV_LINE_BYTES >> 20) + " MiB (" + InputLimits.CSV_LINE_BYTES + " bytes");
        row(doc, "incidents of one resource (and, apart, its prior incidents)", String.valueOf(ResourceMonth.MAX_INCIDENTS));
        row(doc, "window samples of one resource", String.valueOf(ResourceMonth.MAX_WINDOWS));
        row(doc, "detail rows of one resource on the fleet path (any order)", String.valueOf(CsvGroups.MAX_ROWS_PER_RESOURCE));
        row(doc, "incident and window rows the engine's CSV path holds at once", String.valueOf(InputLimits.ENGINE_CSV_DETAIL_ROWS));
        row(doc, "an amount", Money.MAX_INTEGER_DIGITS + " digits before the point, " + Money.MAX_DECIMALS + " decimals, 64 characters");
        long document = io.slakit.core.json.SlaJson.MAX_DOCUMENT_LENGTH;
        row(doc, "any JSON document the library reads (Jackson `maxDocumentLength`)", (document >> 20) + " MiB (" + document + ")");
        row(doc, "JSON nesting depth", String.valueOf(io.slakit.core.json.SlaJson.MAX_NESTING));
        row(doc, "JSON number length", io.slakit.core.json.SlaJson.MAX_NUMBER_LENGTH + " characters");
        row(doc, "JSON string length", (io.slakit.core.json.SlaJson.MAX_STRING_LENGTH >> 20) + " MiB ("
                + io.slakit.core.json.SlaJson.MAX_STRING_LENGTH + " characters)");
        assertTrue(doc.contains("without default typing"), "SECURITY.md should say Jackson runs without default typing");
    }
}
