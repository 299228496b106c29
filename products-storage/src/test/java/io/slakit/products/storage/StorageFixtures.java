package io.slakit.products.storage;

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

/** Shared builders for the storage family's tests: resources in Beijing time, evaluation through the catalogue. */
final class StorageFixtures extends io.slakit.testkit.MonthFixtures {
    private StorageFixtures() {
    }

    /** {@code minutes} consecutive 1-minute windows from the 5th, 00:00, in which all 60 attempts failed. */
    static ResourceMonth lostMinutes(YearMonth month, int minutes) {
        return windows(month, Duration.ofMinutes(1), minutes, 60, 60);
    }

    /**
     * Mean-of-window-rate months: {@code whole} 5-minute windows from the 5th, 00:00, in which all 10,000 requests failed
     * (a rate of 1 each), then one window with {@code partFailed} of 10,000 failed: a sum of rates of
     * {@code whole + partFailed / 10000}.
     */
    static ResourceMonth.Builder rateSum(YearMonth month, int whole, long partFailed) {
        Duration five = Duration.ofMinutes(5);
        ResourceMonth.Builder b = windowsBuilder(month, five, whole, 10_000, 10_000);
        if (partFailed > 0) {
            b.window(WindowSample.of(fifth(month).plus(five.multipliedBy(whole)), 10_000, partFailed));
        }
        return b;
    }
}
