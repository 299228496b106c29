package io.slakit.products.ai;

import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.ai.AiFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service-month example most texts give (IAI 1.2, 25881-25885): opened Mar 17 and stopped on Jun 16, the months are
 * Mar 17-31, Apr, May and Jun 1-16, each evaluated on its own days.
 */
class ServiceMonthExampleTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    @Test
    void theFirstMonthRunsFromTheSeventeenth() {
        // March 17-31 2025: 15 days, 4,320 windows. 5 windows wholly failed: 1 - 5/4320 = 99.884% -> 10%;
        // over the whole of March (8,928) it would be 99.944% -> met.
        Instant opened = LocalDate.of(2025, 3, 17).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource().activeFrom(opened), opened, FIVE, 5, 100, 100).build();
        ResourceReport r = evaluate("iai", Site.CN, month("2025-03"), res);
        assertEquals(0, BigDecimal.valueOf(15 * 1440).compareTo(metric(r).totalMinutes()), metric(r).toString());
        assertCredit(r, "10");
    }

    @Test
    void theLastMonthEndsOnTheSixteenth() {
        // June 1-16 2025 (stopped at the end of Jun 16): 16 days, 23,040 minutes. 24 minutes wholly failed:
        // 1 - 24/23040 = 99.896% -> 10%; over the whole of June (43,200) 99.944% -> met.
        Instant stopped = LocalDate.of(2025, 6, 17).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource().activeUntil(stopped), fifth(month("2025-06")), Duration.ofMinutes(1), 24, 10, 10).build();
        ResourceReport r = evaluate("tts", Site.CN, month("2025-06"), res);
        assertEquals(0, BigDecimal.valueOf(16 * 1440).compareTo(metric(r).totalMinutes()), metric(r).toString());
        assertCredit(r, "10");
    }
}
