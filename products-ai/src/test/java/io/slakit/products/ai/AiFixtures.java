package io.slakit.products.ai;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ProductId;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.engine.SlaEngine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared builders for the ai family's tests: resources in Beijing time, evaluation through the catalogue. */
final class AiFixtures extends io.slakit.testkit.MonthFixtures {
    private AiFixtures() {
    }

    /**
     * 5-minute windows from the 5th, 00:00 whose error rates sum to {@code sum} (up to three decimals):
     * whole windows with every one of 1,000 requests failed, then one window with the remainder in thousandths.
     */
    static ResourceMonth.Builder rateSum(YearMonth month, String sum) {
        BigDecimal s = new BigDecimal(sum);
        int whole = s.intValue();
        long thousandths = s.subtract(BigDecimal.valueOf(whole)).movePointRight(3).longValueExact();
        ResourceMonth.Builder b = windowsFrom(resource(), fifth(month), Duration.ofMinutes(5), whole, 1000, 1000);
        if (thousandths > 0) {
            b.window(WindowSample.of(fifth(month).plus(Duration.ofMinutes(5).multipliedBy(whole)), 1000, thousandths));
        }
        return b;
    }

    /** {@code count} minutes from the 5th, 00:00, each with all 10 requests failed. */
    static ResourceMonth.Builder failedMinutes(YearMonth month, int count) {
        return failedMinutes(month, count, 10);
    }

    /** {@code count} minutes from the 5th, 00:00, each with all {@code requests} requests failed. */
    static ResourceMonth.Builder failedMinutes(YearMonth month, int count, long requests) {
        return windowsFrom(resource(), fifth(month), Duration.ofMinutes(1), count, requests, requests);
    }
}
