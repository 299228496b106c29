package io.slakit.products.saas;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TencentMeetingTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static ResourceReport deadMinutes(LocalDate serviceStart, int minutes, long total, long failed) {
        Instant start = serviceStart.plusDays(1).atStartOfDay(BEIJING).toInstant();
        return evaluateAnniversary("tencentmeeting", Site.CN, serviceStart, windowsFrom(resource(), start, MINUTE, minutes, total, failed).build());
    }

    // 99.9 / 99.5 / 97 / 95 -> 5 / 10 / 20 / 50 (48313-48373), anniversary months.
    // Apr 17 - May 16 2024 (30 days): 43.2 | 216 | 1296 | 2160; Mar 17 - Apr 16 2024 (31 days): 44.64 | 223.2 | 1339.2 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04-17, 43, 0", "2024-04-17, 44, 5", "2024-04-17, 216, 5", "2024-04-17, 217, 10", "2024-04-17, 1296, 10",
            "2024-04-17, 1297, 20", "2024-04-17, 2160, 20", "2024-04-17, 2161, 50",
            "2024-03-17, 44, 0", "2024-03-17, 45, 5", "2024-03-17, 223, 5", "2024-03-17, 224, 10", "2024-03-17, 1339, 10",
            "2024-03-17, 1340, 20", "2024-03-17, 2232, 20", "2024-03-17, 2233, 50"})
    void tierEdges(LocalDate serviceStart, int minutes, String percent) {
        ResourceReport r = deadMinutes(serviceStart, minutes, 5, 5);
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void aMinuteWithSomeSuccessIsAvailable() {
        assertMinutes(metric(deadMinutes(LocalDate.of(2024, 4, 17), 3000, 5, 4)), "0");
    }

    @Test
    void example() {
        // 48279-48281: April 2020, 23:00-23:05 unusable: 5 minutes, 1 - 5 / 43200 = 99.98% (truncated).
        LocalDate start = LocalDate.of(2020, 4, 1);
        Instant from = start.plusDays(9).atTime(23, 0).atZone(BEIJING).toInstant();
        ResourceReport r = evaluateAnniversary("tencentmeeting", Site.CN, start, windowsFrom(resource(), from, MINUTE, 5, 2, 2).build());
        MetricResult m = metric(r);
        assertMinutes(m, "5");
        assertEquals(new BigDecimal("99.98"), m.availability().percent(MathContext.DECIMAL128).setScale(2, RoundingMode.DOWN));
        assertTrue(m.met());
        assertEquals(LocalDate.of(2020, 4, 30), r.serviceMonth().lastDay());
    }

    @Test
    void announcedPromotionIsExcluded() {
        LocalDate serviceStart = LocalDate.of(2024, 4, 17);
        Instant start = serviceStart.plusDays(1).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource(), start, MINUTE, 300, 2, 2)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(300)), "announced-event"))
                .build();
        MetricResult m = metric(evaluateAnniversary("tencentmeeting", Site.CN, serviceStart, res));
        assertMinutes(m, "0");
        assertTrue(m.met());
    }
}
