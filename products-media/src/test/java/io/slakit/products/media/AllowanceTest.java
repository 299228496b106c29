package io.slakit.products.media;

import io.slakit.api.Metric;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Allowances that follow from a commitment alone (the texts state the commitment, not the minutes:
 * 000:69, 002:44507, 002:16067, 002:14675), worked out by hand: 43,200 minutes x (100 - c) %.
 */
class AllowanceTest {

    @ParameterizedTest(name = "{0}@{1} {3}: {4} minutes")
    @CsvSource({
            "im, INTL, 2024-04-17, 2024-04, 432",      // 99 %: 43,200 x 1 %
            "im, CN, 2025-07-01, 2025-06, 4.32",       // 99.99 %: 43,200 x 0.01 %
            "trro, CN, 2024-04-01, 2024-04, 432",      // 99 %
            "zhihui, CN, 2024-04-01, 2024-04, 432",    // 99 %
            "zhihui, CN, 2024-05-01, 2024-05, 446.4",  // 99 % of 44,640
    })
    void aThirtyOrThirtyOneDayMonthAllows(String product, Site site, LocalDate day, YearMonth month, String minutes) {
        SlaDefinition d = MediaFixtures.definition(product, site, day);
        Metric availability = d.editions().get(0).metric("availability").orElseThrow();
        BigDecimal total = BigDecimal.valueOf(ServiceMonth.calendar(month, d.zone()).totalMinutes());
        assertEquals(0, new BigDecimal(minutes).compareTo(SlaEngine.allowedMinutes(total, availability.commitment())));
    }
}
