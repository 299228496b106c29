package io.slakit.testkit;

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

/**
 * Builders every family's tests share: resources in Beijing time, evaluation through the catalogue
 * of what is on the class path. A family's fixtures class extends it and adds its own; the members
 * are static, so tests import them through that class. Not part of the library's API.
 */
public class MonthFixtures {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final String FEE = "1000.00";
    public static final YearMonth APRIL = YearMonth.of(2024, 4); // 30 days, 43,200 minutes
    public static final YearMonth MAY = YearMonth.of(2024, 5);   // 31 days, 44,640 minutes
    /** Every family on the class path; a family's tests see their own. */
    protected static final SlaCatalog CATALOG = SlaCatalog.load();

    public static SlaDefinition definition(String product, Site site, LocalDate day) {
        return CATALOG.find(product, site, day);
    }

    public static ResourceReport evaluate(String product, Site site, YearMonth month, ResourceMonth resource) {
        return evaluate(product, site, month, resource, null);
    }

    public static ResourceReport evaluate(String product, Site site, YearMonth month, ResourceMonth resource, String edition) {
        SlaDefinition d = CATALOG.find(product, site, month.atDay(1));
        EvaluationRequest request = EvaluationRequest.of(product, site, month, List.of(resource)).withEdition(edition);
        EvaluationReport report = SlaEngine.standard().evaluate(d, request, List.of());
        return report.resources().get(0);
    }

    /** Anniversary months: the service month starting on {@code serviceStart}. */
    public static ResourceReport evaluateAnniversary(String product, Site site, LocalDate serviceStart, ResourceMonth resource) {
        SlaDefinition d = CATALOG.find(product, site, serviceStart);
        EvaluationRequest request = new EvaluationRequest(ProductId.of(product), site, YearMonth.from(serviceStart),
                Optional.of(serviceStart), Optional.empty(), Currency.getInstance("CNY"), List.of(resource));
        return SlaEngine.standard().evaluate(d, request, List.of()).resources().get(0);
    }

    public static MetricResult metric(ResourceReport report) {
        return report.metrics().get(0);
    }

    /** The 5th of the month at 00:00 Beijing time. */
    public static Instant fifth(YearMonth month) {
        return month.atDay(5).atStartOfDay(BEIJING).toInstant();
    }

    public static ResourceMonth.Builder resource() {
        return ResourceMonth.builder("res-1", Money.of(FEE, "CNY"));
    }

    /** One provider outage of {@code seconds} from the 5th, 00:00. */
    public static ResourceMonth outage(YearMonth month, long seconds) {
        Instant start = fifth(month);
        return resource().incident(Incident.of(start, start.plusSeconds(seconds))).build();
    }

    /** {@code count} consecutive windows of {@code window} from the 5th, 00:00, each with {@code failed} of {@code total} failed. */
    public static ResourceMonth windows(YearMonth month, Duration window, int count, long total, long failed) {
        return windowsBuilder(month, window, count, total, failed).build();
    }

    public static ResourceMonth.Builder windowsBuilder(YearMonth month, Duration window, int count, long total, long failed) {
        return windowsFrom(resource(), fifth(month), window, count, total, failed);
    }

    public static ResourceMonth.Builder windowsFrom(ResourceMonth.Builder b, Instant start, Duration window, int count, long total, long failed) {
        for (int i = 0; i < count; i++) {
            b.window(WindowSample.of(start.plus(window.multipliedBy(i)), total, failed));
        }
        return b;
    }

    /** Asserts the credit amount: {@code percent} of the 1000.00 fee. */
    public static void assertCredit(ResourceReport report, String percent) {
        BigDecimal expected = new BigDecimal(FEE).multiply(new BigDecimal(percent)).divide(BigDecimal.valueOf(100));
        assertEquals(0, expected.compareTo(report.credit().amount()),
                () -> "credit " + report.credit() + ", expected " + percent + "% of " + FEE + ": " + report.metrics());
    }

    public static void assertMinutes(MetricResult m, String minutes) {
        assertEquals(0, new BigDecimal(minutes).compareTo(m.unavailableMinutes().orElseThrow()),
                () -> "unavailable minutes " + m.unavailableMinutes() + ", expected " + minutes + ": " + m.explanation());
    }

    public static YearMonth month(String label) {
        return YearMonth.parse(label);
    }

    protected MonthFixtures() {
    }
}
