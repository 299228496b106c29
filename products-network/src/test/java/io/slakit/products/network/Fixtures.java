package io.slakit.products.network;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
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
import java.util.List;

/** Shared inputs for the network tests: definitions come from the catalogue, evaluation from the standard engine. */
final class Fixtures {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Money FEE = Money.of("1000.00", "CNY");

    private Fixtures() {
    }

    static SlaDefinition definition(String product) {
        return SlaCatalog.load().find(product, Site.CN, LocalDate.of(2024, 12, 31));
    }

    /** Midnight of the 5th of the month, Beijing time: room for any outage up to 26 days. */
    static Instant fifth(YearMonth month) {
        return month.atDay(5).atStartOfDay(SHANGHAI).toInstant();
    }

    /** One provider outage of {@code length} from the 5th of the month. */
    static ResourceMonth outage(YearMonth month, Duration length) {
        Instant start = fifth(month);
        return ResourceMonth.builder("res-1", FEE).incident(Incident.of(start, start.plus(length))).build();
    }

    /** {@code count} consecutive windows of {@code window} from the 5th, each with {@code failed} of {@code total} failing. */
    static ResourceMonth.Builder windows(YearMonth month, Duration window, int count, long total, long failed) {
        ResourceMonth.Builder builder = ResourceMonth.builder("res-1", FEE);
        Instant start = fifth(month);
        for (int i = 0; i < count; i++) {
            builder.window(WindowSample.of(start.plus(window.multipliedBy(i)), total, failed));
        }
        return builder;
    }

    /** {@code minutes} consecutive 1-minute windows from the 5th in which every one of 60 probes was lost. */
    static ResourceMonth lostMinutes(YearMonth month, int minutes) {
        return windows(month, Duration.ofMinutes(1), minutes, 60, 60).build();
    }

    static EvaluationReport evaluate(String product, String edition, YearMonth month, ResourceMonth... resources) {
        SlaDefinition d = definition(product);
        EvaluationRequest request = EvaluationRequest.of(product, Site.CN, month, List.of(resources));
        if (edition != null && !edition.isBlank()) {
            request = request.withEdition(edition);
        }
        return SlaEngine.standard().evaluate(d, request, List.of());
    }

    static MetricResult availability(String product, String edition, YearMonth month, ResourceMonth resource) {
        return evaluate(product, edition, month, resource).resources().get(0).metric("availability").orElseThrow();
    }

    /** The credit percent of the availability metric (0 when met). */
    static BigDecimal creditPercent(String product, String edition, YearMonth month, ResourceMonth resource) {
        return availability(product, edition, month, resource).creditPercent().orElseThrow();
    }

    static BigDecimal unavailable(String product, String edition, YearMonth month, ResourceMonth resource) {
        return availability(product, edition, month, resource).unavailableMinutes().orElseThrow();
    }

    static boolean same(String expected, BigDecimal actual) {
        return new BigDecimal(expected).compareTo(actual) == 0;
    }
}
