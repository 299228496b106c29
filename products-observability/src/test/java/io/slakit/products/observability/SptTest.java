package io.slakit.products.observability;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.slakit.products.observability.ObservabilityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service performance testing: outages from 5 minutes, partial minutes up; 99.9 % promised; the credit is 1, 1.5 or 2 x the VUM
 * consumed during the unavailable minutes for [98, 99.9), [95, 98), [0, 95), stated as the multiple, no money.
 */
class SptTest {

    @ParameterizedTest
    @CsvSource({"299, 0", "300, 5", "301, 6", "3628, 61"})
    void fromFiveMinutesRoundedUp(long seconds, String minutes) {
        assertMinutes(metric(evaluate("service-performance-testing", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // 30-day month: 99.9 % allows 43.2 minutes, 98 % 864, 95 % 2,160; 31-day month: 44.64, 892.8, 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, ''", "2024-04, 44, 1", "2024-04, 864, 1", "2024-04, 865, 1.5", "2024-04, 2160, 1.5", "2024-04, 2161, 2",
            "2024-05, 44, ''", "2024-05, 45, 1", "2024-05, 892, 1", "2024-05, 893, 1.5", "2024-05, 2232, 1.5", "2024-05, 2233, 2"})
    void tierEdgesGiveTheMultiple(String label, long minutes, String multiple) {
        ResourceReport r = evaluate("service-performance-testing", Site.CN, month(label), outage(month(label), minutes * 60));
        MetricResult m = metric(r);
        assertMinutes(m, Long.toString(minutes));
        assertTrue(r.credit().isZero(), "no money: " + r.credit());
        assertEquals(Optional.empty(), m.creditPercent());
        if (multiple.isEmpty()) {
            assertTrue(m.met());
            assertEquals(Optional.empty(), m.otherForm());
            assertEquals(List.of(), r.otherForms());
        } else {
            String owed = multiple + " x the VUM consumed during the month's " + minutes + " unavailable minutes";
            assertEquals(Optional.of(owed), m.otherForm());
            assertEquals(List.of(owed), r.otherForms());
        }
    }

    @ParameterizedTest
    @CsvSource({"announced-maintenance", "third-party-software", "force-majeure", "not-tencent-cause"})
    void anExcludedOutageCountsNothing(String clause) {
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.excluded(start, start.plusSeconds(3 * 3600), clause)).build();
        ResourceReport report = evaluate("service-performance-testing", Site.CN, APRIL, r);
        assertMinutes(metric(report), "0");
        assertEquals(List.of(), report.otherForms());
    }

    @Test
    void theRuleSaysTheConsumptionIsTheCustomers() {
        String d = definition("service-performance-testing", Site.CN, APRIL.atDay(1)).editions().get(0).metrics().get(0).credit().describe();
        assertTrue(d.contains("at least 98% and below 99.9% -> 1 x the VUM consumed"), d);
        assertTrue(d.contains("not part of the input"), d);
    }
}
