package io.slakit.products.bigdata;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.json.MonthFileReader;
import io.slakit.core.json.SlaJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Month files as `slakit evaluate` reads them, evaluated through the catalogue: the contract's answers. */
class MonthFilesTest {
    private static final SlaCatalog CATALOG = SlaCatalog.load();

    /** {@code count} windows of {@code minutes} from {@code start} (Beijing offset), each {@code failed} of {@code total}. */
    private static String windows(String start, int minutes, int count, long total, long failed) {
        OffsetDateTime t = OffsetDateTime.parse(start);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add("{\"start\": \"" + t.plus(Duration.ofMinutes((long) minutes * i)) + "\", \"total\": " + total + ", \"failed\": " + failed + "}");
        }
        return "[" + String.join(", ", out) + "]";
    }

    private static EvaluationReport evaluate(String json) {
        EvaluationRequest request = MonthFileReader.read(MonthFileReader.parse(json, "month.json"));
        var resolution = CATALOG.resolve(request.product().toString(), request.site(), request.month());
        assertEquals(List.of(), resolution.warnings());
        return SlaEngine.standard().evaluate(resolution.definition(), request, resolution.warnings());
    }

    private static void assertTotal(String expected, EvaluationReport report) {
        assertEquals(0, new BigDecimal(expected).compareTo(report.totalCredit().amount()), () -> SlaJson.write(SlaJson.report(report)));
    }

    @Test
    void emrAccountRegion() {
        // 9 wholly failed 5-minute units in September: 1 - 9/8640 = 99.896% -> 10% of the EMR fee 500.00 (CVM/CBS/COS not in it).
        String json = "{\"product\": \"emr\", \"month\": \"2025-09\", \"resources\": [{\"id\": \"account-1/ap-guangzhou\", "
                + "\"region\": \"ap-guangzhou\", \"fee\": \"500.00\", \"windows\": " + windows("2025-09-05T10:00+08:00", 5, 9, 200, 200) + "}]}";
        assertTotal("50.00", evaluate(json));
    }

    @Test
    void tchouseClusterBoughtOnOctober20() {
        // 1.6: October = Oct 20-31 (17,280 minutes); 18 failed minutes -> 99.896% -> 10% of the Oct 20-31 fee 120.00.
        String json = "{\"product\": \"tchouse-c\", \"month\": \"2025-10\", \"resources\": [{\"id\": \"cc-1\", \"fee\": \"120.00\", "
                + "\"activeFrom\": \"2025-10-20T00:00+08:00\", \"windows\": " + windows("2025-10-25T08:00+08:00", 1, 18, 5, 5) + "}]}";
        assertTotal("12.00", evaluate(json));
    }

    @Test
    void biFreeTrialTimeIsExcluded() {
        // 44 failed minutes would be 10%; the first 10 fall in the free trial (1.1): 34 counted -> 99.92% -> met.
        String json = "{\"product\": \"bi\", \"month\": \"2025-09\", \"edition\": \"advanced\", \"resources\": [{\"id\": \"bi-1\", "
                + "\"fee\": \"300.00\", \"incidents\": [{\"start\": \"2025-09-05T10:00+08:00\", \"end\": \"2025-09-05T10:10+08:00\", "
                + "\"exclusion\": \"trial-or-free-use\"}], \"windows\": " + windows("2025-09-05T10:00+08:00", 1, 44, 3, 3) + "}]}";
        EvaluationReport report = evaluate(json);
        assertTotal("0.00", report);
        assertTrue(SlaJson.write(SlaJson.report(report)).contains("trial-or-free-use"));
    }

    @Test
    void esAiSearchMultiAzEdition() {
        // 22 failed minutes in September: past the 21.6 the AI search multi-AZ edition allows -> 10% of 800.00.
        String json = "{\"product\": \"es\", \"month\": \"2025-09\", \"edition\": \"ai-search-multi-az\", \"resources\": [{\"id\": \"es-1\", "
                + "\"fee\": \"800.00\", \"windows\": " + windows("2025-09-05T10:00+08:00", 1, 22, 4, 4) + "}]}";
        assertTotal("80.00", evaluate(json));
    }

    @Test
    void showStatesTheReadings() {
        String bi = SlaJson.write(SlaJson.definition(CATALOG.find("bi", io.slakit.api.Site.CN, java.time.LocalDate.of(2025, 9, 1))));
        assertTrue(bi.contains("个人版") && bi.contains("trial-or-free-use"), bi);
        String emr = SlaJson.write(SlaJson.definition(CATALOG.find("emr", io.slakit.api.Site.CN, java.time.LocalDate.of(2025, 9, 1))));
        assertTrue(emr.contains("mean-window-error-rate") && emr.contains("100%可用"), emr);
    }
}
