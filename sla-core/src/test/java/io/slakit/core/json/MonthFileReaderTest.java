package io.slakit.core.json;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.RequestShare;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthFileReaderTest {
    private static final String GOOD = """
            {"product": "CVM", "site": "cn", "month": "2024-04", "edition": null, "currency": "CNY",
             "resources": [{"id": "ins-1", "region": "ap-guangzhou", "zone": "ap-guangzhou-3", "fee": "1000.00",
               "activeFrom": null, "activeUntil": null,
               "incidents": [{"start": "2024-04-05T10:00:00+08:00", "end": "2024-04-05T10:10:30+08:00", "exclusion": null}],
               "windows": [{"start": "2024-04-05T10:00:00+08:00", "total": 1000, "failed": 20}],
               "durability": {"units": 10, "lost": 0}}]}
            """;

    @Test
    void readsTheDocumentedShape() {
        EvaluationRequest request = MonthFileReader.read(MonthFileReader.parse(GOOD, "file"));
        assertEquals("cvm", request.product().value());
        assertEquals(Site.CN, request.site());
        assertEquals(YearMonth.of(2024, 4), request.month());
        assertEquals(1, request.resources().get(0).incidents().size());
        assertEquals(630, request.resources().get(0).incidents().get(0).duration().toSeconds());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"fee\": \"1000.00\"|\"fee\": \"-5\"|resources[0].fee",
            "\"fee\": \"1000.00\"|\"fee\": \"ten\"|resources[0].fee",
            "\"end\": \"2024-04-05T10:10:30+08:00\"|\"end\": \"2024-04-05T09:00:00+08:00\"|resources[0].incidents[0].end",
            "\"end\": \"2024-04-05T10:10:30+08:00\"|\"end\": \"2024-04-05 10:10\"|resources[0].incidents[0].end",
            "\"failed\": 20|\"failed\": 2000|resources[0].windows[0].failed",
            "\"month\": \"2024-04\"|\"month\": \"April\"|month",
            "\"exclusion\": null|\"exclusoin\": null|resources[0].incidents[0].exclusoin",
            "\"site\": \"cn\"|\"site\": \"mars\"|site"})
    void badFieldsAreNamedWithTheirPath(String from, String to, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MonthFileReader.read(MonthFileReader.parse(GOOD.replace(from, to), "file")));
        assertEquals(field, e.field(), e.getMessage());
    }

    private static final String WEIGHTED = GOOD.replace("\"exclusion\": null}", "\"exclusion\": null, \"chargedRequests\": 250, \"totalRequests\": 1000}");

    @Test
    void readsAnIncidentsRequestShare() {
        var incident = MonthFileReader.read(MonthFileReader.parse(WEIGHTED, "file")).resources().get(0).incidents().get(0);
        assertEquals(Optional.of(RequestShare.of(250, 1000)), incident.requestShare());
        // Without the fields, no share.
        var plain = MonthFileReader.read(MonthFileReader.parse(GOOD, "file")).resources().get(0).incidents().get(0);
        assertEquals(Optional.empty(), plain.requestShare());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"chargedRequests\": 250|\"chargedRequests\": 1001|resources[0].incidents[0].chargedRequests",
            "\"chargedRequests\": 250|\"chargedRequests\": -1|resources[0].incidents[0].chargedRequests",
            "\"chargedRequests\": 250|\"chargedRequests\": 2.5|resources[0].incidents[0].chargedRequests",
            "\"totalRequests\": 1000|\"totalRequests\": 0|resources[0].incidents[0].totalRequests",
            "\"totalRequests\": 1000|\"totalRequests\": \"many\"|resources[0].incidents[0].totalRequests",
            "\"chargedRequests\": 250, |\"chargedRequests\": null, |resources[0].incidents[0].chargedRequests",
            ", \"totalRequests\": 1000||resources[0].incidents[0].totalRequests",
            "\"exclusion\": null|\"exclusion\": \"5.1\"|resources[0].incidents[0].chargedRequests"})
    void badRequestCountsAreNamedWithTheirPath(String from, String to, String field) {
        String text = WEIGHTED.replace(from, to == null ? "" : to);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonthFileReader.read(MonthFileReader.parse(text, "file")));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void requestCountsAsTextBothOrNeither() {
        Incident plain = Incident.of(Instant.parse("2024-04-05T02:00:00Z"), Instant.parse("2024-04-05T02:10:00Z"));
        assertEquals(Optional.of(RequestShare.of(3, 4)), MonthFileReader.withRequestCounts(plain, " 3", "4 ").requestShare());
        assertEquals(plain, MonthFileReader.withRequestCounts(plain, "", ""));
        assertEquals("totalRequests", assertThrows(InvalidInputException.class, () -> MonthFileReader.withRequestCounts(plain, "3", "")).field());
        assertEquals("chargedRequests", assertThrows(InvalidInputException.class, () -> MonthFileReader.withRequestCounts(plain, "", "4")).field());
        assertEquals("chargedRequests", assertThrows(InvalidInputException.class, () -> MonthFileReader.withRequestCounts(plain, "x", "4")).field());
        assertEquals("chargedRequests", assertThrows(InvalidInputException.class, () -> MonthFileReader.withRequestCounts(plain, "5", "4")).field());
    }

    @Test
    void priorIncidentsAreReadApartFromTheMonthsIncidents() {
        String withPrior = GOOD.replace("\"windows\":", "\"priorIncidents\": [{\"start\": \"2024-03-05T10:00:00+08:00\", "
                + "\"end\": \"2024-03-05T10:30:00+08:00\", \"exclusion\": \"force-majeure\"}], \"windows\":");
        var resource = MonthFileReader.read(MonthFileReader.parse(withPrior, "file")).resources().get(0);
        assertEquals(1, resource.incidents().size());
        assertEquals(1, resource.priorIncidents().size());
        assertEquals(30, resource.priorIncidents().get(0).duration().toMinutes());
        assertEquals("force-majeure", resource.priorIncidents().get(0).attribution().exclusionCode().orElseThrow());
    }

    @Test
    void aBadPriorIncidentIsNamedWithItsPath() {
        String bad = GOOD.replace("\"windows\":", "\"priorIncidents\": [{\"start\": \"2024-03-05T10:00:00+08:00\", "
                + "\"end\": \"2024-03-05T09:00:00+08:00\"}], \"windows\":");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonthFileReader.read(MonthFileReader.parse(bad, "file")));
        assertEquals("resources[0].priorIncidents[0].end", e.field(), e.getMessage());
    }

    @Test
    void malformedJsonIsBadInputWithItsPosition() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonthFileReader.parse("{\"product\": ", "month.json"));
        assertEquals("month.json", e.field());
        assertTrue(e.getMessage().contains("is not valid JSON at line 1"), e.getMessage());
    }

    private static final String TICKETS = GOOD.replace("\"windows\":", "\"tickets\": [{\"id\": \"T-1\", \"kind\": \"emergency\", "
            + "\"severity\": \"critical\", \"opened\": \"2024-04-01T10:00:00+08:00\", \"responded\": \"2024-04-01T10:20:00+08:00\"}], \"windows\":");

    @Test
    void readsTickets() {
        var ticket = MonthFileReader.read(MonthFileReader.parse(TICKETS, "file")).resources().get(0).tickets().get(0);
        assertEquals("T-1", ticket.id());
        assertEquals("emergency", ticket.kind());
        assertEquals(Optional.of("critical"), ticket.severity());
        assertEquals(Optional.of(Instant.parse("2024-04-01T02:20:00Z")), ticket.responded());
        assertEquals(Optional.empty(), ticket.delivered());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"responded\": \"2024-04-01T10:20:00+08:00\"|\"responded\": \"2024-04-01T09:59:00+08:00\"|resources[0].tickets[0].responded",
            "\"responded\": \"2024-04-01T10:20:00+08:00\"|\"delivered\": \"2024-04-01T09:59:00+08:00\"|resources[0].tickets[0].delivered",
            "\"responded\": \"2024-04-01T10:20:00+08:00\"|\"responded\": \"soon\"|resources[0].tickets[0].responded",
            "\"kind\": \"emergency\"|\"kind\": \" \"|resources[0].tickets[0].kind",
            "\"kind\": \"emergency\"|\"knid\": \"emergency\"|resources[0].tickets[0].knid",
            "\"id\": \"T-1\", |\"id\": null, |resources[0].tickets[0].id",
            "\"opened\": \"2024-04-01T10:00:00+08:00\"|\"opened\": null|resources[0].tickets[0].opened"})
    void badTicketsAreNamedWithTheirPath(String from, String to, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MonthFileReader.read(MonthFileReader.parse(TICKETS.replace(from, to), "file")));
        assertEquals(field, e.field(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"sent\": 100, \"delivered\": 99}|",
            "{\"sent\": 100, \"delivered\": 101}|resources[0].deliveries.delivered",
            "{\"sent\": -1, \"delivered\": 0}|resources[0].deliveries.sent",
            "{\"sent\": 100}|resources[0].deliveries.delivered",
            "{\"sent\": 100, \"delivered\": 9, \"failed\": 1}|resources[0].deliveries.failed"})
    void readsDeliveryCounts(String deliveries, String field) {
        String text = GOOD.replace("\"windows\":", "\"deliveries\": " + deliveries + ", \"windows\":");
        if (field == null) {
            assertEquals(io.slakit.api.DeliveryCounts.of(100, 99),
                    MonthFileReader.read(MonthFileReader.parse(text, "file")).resources().get(0).deliveries().orElseThrow());
            return;
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonthFileReader.read(MonthFileReader.parse(text, "file")));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void readsAnIncidentsSignal() {
        String text = GOOD.replace("\"exclusion\": null}", "\"exclusion\": null, \"signal\": \"console\"}");
        assertEquals(Optional.of("console"), MonthFileReader.read(MonthFileReader.parse(text, "file")).resources().get(0).incidents().get(0).signal());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> MonthFileReader.read(MonthFileReader.parse(GOOD.replace("\"exclusion\": null}", "\"exclusion\": null, \"signal\": \" \"}"), "file")));
        assertEquals("resources[0].incidents[0].signal", blank.field());
    }
}
