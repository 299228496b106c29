package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fee finer than its currency's minor unit is bad input on every path (issue 26: 1000.005 CNY
 * earned a credit of 1000.01, more than the fee): the month file, JSON Lines, both CSV paths and the
 * library's fee factory and resource.
 */
class FeeMinorUnitTest {
    @TempDir
    Path dir;

    private static final String CNY_RULE = "is finer than the minor unit of CNY: a fee has at most 2 decimals in CNY";

    @Test
    void theLibraryRefusesAFeeBelowTheMinorUnitByItsCurrencysDigits() {
        Currency cny = Currency.getInstance("CNY");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.fee("1000.005", cny, "fee"));
        assertEquals("fee: \"1000.005\" " + CNY_RULE, e.getMessage());
        // Trailing zeros are no finer: 1000.000 is 1000.00.
        assertEquals(new BigDecimal("1000.00"), Money.fee("1000.000", cny, "fee").amount().setScale(2));
        // The yen has no minor digits.
        InvalidInputException yen = assertThrows(InvalidInputException.class, () -> Money.fee("100.5", Currency.getInstance("JPY"), "fee"));
        assertEquals("fee: \"100.5\" is finer than the minor unit of JPY: a fee has at most 0 decimals in JPY", yen.getMessage());
        // A resource built from a computed amount refuses it too, for its fee and each other fee.
        assertThrows(InvalidInputException.class, () -> ResourceMonth.builder("a", Money.of("1000.005", "CNY")).build());
        InvalidInputException other = assertThrows(InvalidInputException.class,
                () -> ResourceMonth.builder("a", Money.of("1.00", "CNY")).otherFee("cbs", Money.of("0.001", "CNY")).build());
        assertEquals("fees.cbs", other.field());
    }

    @Test
    void aMonthFileAndJsonLinesRefuseIt() throws IOException {
        Path json = dir.resolve("m.json");
        Files.writeString(json, "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"a\", \"fee\": \"1000.005\"}]}");
        MainTest.Run r = run("evaluate", json.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("slakit: resources[0].fee: \"1000.005\" " + CNY_RULE, r.err().strip());
        Files.writeString(json, "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"a\", \"fee\": \"1.00\", "
                + "\"fees\": {\"cbs\": \"0.125\"}}]}");
        assertEquals("slakit: resources[0].fees.cbs: \"0.125\" " + CNY_RULE, run("evaluate", json.toString()).err().strip());
        Path lines = dir.resolve("m.jsonl");
        Files.writeString(lines, "{\"product\": \"cvm\", \"month\": \"2024-04\"}\n{\"id\": \"a\", \"fee\": 1000.005}\n");
        MainTest.Run l = run("evaluate", lines.toString());
        assertEquals(2, l.code(), l.err());
        assertEquals("slakit: line 2 (resources[0]).fee: \"1000.005\" " + CNY_RULE, l.err().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "csv"})
    void bothCsvPathsRefuseIt(String format) throws IOException {
        Path resources = dir.resolve("resources.csv");
        Files.writeString(resources, "id,fee\nins-1,1000.00\nins-2,1000.005\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end\nins-2,2024-04-05T10:00:00Z,2024-04-05T10:30:00Z\n");
        MainTest.Run r = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--format", format);
        assertEquals(2, r.code(), r.err());
        assertEquals("slakit: resources.csv line 3.fee: \"1000.005\" " + CNY_RULE, r.err().lines().filter(x -> x.startsWith("slakit:")).findFirst().orElseThrow());
    }

    @Test
    void aCreditNeverExceedsTheFee() throws IOException {
        // Down all of April: CVM's lowest tier (100 %) of 1000.01 is 1000.01, the fee, and not a cent more.
        Path json = dir.resolve("m.json");
        Files.writeString(json, "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"a\", \"fee\": \"1000.01\", "
                + "\"incidents\": [{\"start\": \"2024-04-01T00:00:00+08:00\", \"end\": \"2024-05-01T00:00:00+08:00\"}]}]}");
        MainTest.Run r = run("evaluate", json.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertTrue(new BigDecimal(report.get("totalCredit").asText()).compareTo(new BigDecimal("1000.01")) <= 0, r.out());
    }
}
