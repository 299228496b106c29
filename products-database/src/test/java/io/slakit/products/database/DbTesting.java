package io.slakit.products.database;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.engine.SlaEngine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loading through the catalogue and evaluating one instance-month, for the product tests. */
final class DbTesting {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final YearMonth MAY = YearMonth.of(2024, 5);
    static final String FEE = "1000.00";

    private DbTesting() {
    }

    /** The version in force in August 2025 (after every database text's effective date). */
    static SlaDefinition load(String product) {
        return SlaCatalog.load().find(product, Site.CN, LocalDate.of(2025, 8, 1));
    }

    /** 10:00 Beijing time on the 3rd of the month. */
    static Instant third(YearMonth month) {
        return month.atDay(3).atTime(10, 0).atZone(BEIJING).toInstant();
    }

    /** One instance, fee 1000.00 CNY, one outage of {@code length} starting on the 3rd at 10:00. */
    static ResourceMonth down(YearMonth month, Duration length) {
        Instant start = third(month);
        return ResourceMonth.builder("ins-1", Money.of(FEE, "CNY")).incident(Incident.of(start, start.plus(length))).build();
    }

    /**
     * One outage of {@code length} on the 3rd at 10:00, whose first {@code excluded} is covered by clause {@code code}.
     */
    static ResourceMonth downPartlyExcluded(YearMonth month, Duration length, Duration excluded, String code) {
        Instant start = third(month);
        return ResourceMonth.builder("ins-1", Money.of(FEE, "CNY"))
                .incident(Incident.of(start, start.plus(length)))
                .incident(Incident.excluded(start, start.plus(excluded), code))
                .build();
    }

    static EvaluationReport evaluate(String product, String edition, YearMonth month, ResourceMonth resource) {
        SlaDefinition d = load(product);
        EvaluationRequest request = EvaluationRequest.of(product, Site.CN, month, List.of(resource));
        if (edition != null) {
            request = request.withEdition(edition);
        }
        return SlaEngine.standard().evaluate(d, request, List.of());
    }

    static MetricResult availability(EvaluationReport report) {
        return report.resources().get(0).metric("availability").orElseThrow();
    }

    /**
     * Evaluates one outage and checks the minutes counted, the credit percent and the voucher on a 1000.00 fee.
     */
    static void assertOutage(String product, String edition, YearMonth month, Duration length, String minutes, String percent) {
        EvaluationReport report = evaluate(product, edition, month, down(month, length));
        ResourceReport resource = report.resources().get(0);
        MetricResult result = availability(report);
        assertEquals(0, new BigDecimal(minutes).compareTo(result.unavailableMinutes().orElseThrow()),
                "minutes counted: " + result.unavailableMinutes());
        assertEquals(0, new BigDecimal(percent).compareTo(result.creditPercent().orElse(BigDecimal.ZERO)),
                "credit percent: " + result.creditPercent());
        BigDecimal expectedCredit = new BigDecimal(FEE).multiply(new BigDecimal(percent)).divide(BigDecimal.valueOf(100));
        assertEquals(0, expectedCredit.compareTo(resource.credit().amount()), "voucher: " + resource.credit());
    }

    /** Checks only the credit percent and the voucher (for exact-duration rules whose minutes do not terminate). */
    static void assertOutagePercent(String product, String edition, YearMonth month, Duration length, String percent) {
        EvaluationReport report = evaluate(product, edition, month, down(month, length));
        MetricResult result = availability(report);
        assertEquals(0, new BigDecimal(percent).compareTo(result.creditPercent().orElse(BigDecimal.ZERO)),
                "credit percent: " + result.creditPercent() + " for " + length);
        BigDecimal expectedCredit = new BigDecimal(FEE).multiply(new BigDecimal(percent)).divide(BigDecimal.valueOf(100));
        assertEquals(0, expectedCredit.compareTo(report.resources().get(0).credit().amount()), "voucher");
    }

    /** Checks that time marked with {@code code} is removed: {@code length} down, {@code excluded} of it covered. */
    static MetricResult assertExcluded(String product, String edition, YearMonth month, Duration length, Duration excluded, String code,
                                       String remainingMinutes) {
        EvaluationReport report = evaluate(product, edition, month, downPartlyExcluded(month, length, excluded, code));
        MetricResult result = availability(report);
        assertEquals(0, new BigDecimal(remainingMinutes).compareTo(result.unavailableMinutes().orElseThrow()),
                "minutes left after " + code + ": " + result.unavailableMinutes());
        assertEquals(0, BigDecimal.valueOf(excluded.toSeconds()).divide(BigDecimal.valueOf(60), java.math.MathContext.DECIMAL64)
                .compareTo(result.excludedMinutes().get(code)), "minutes excluded by " + code + ": " + result.excludedMinutes());
        return result;
    }
}
