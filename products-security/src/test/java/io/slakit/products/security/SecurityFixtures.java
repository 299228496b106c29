package io.slakit.products.security;

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

/** Shared builders for the security family's tests: resources in Beijing time, evaluation through the catalogue. */
final class SecurityFixtures extends io.slakit.testkit.MonthFixtures {
    private SecurityFixtures() {
    }

    /** The whole report, for warnings and the claim window. */
    static EvaluationReport report(String product, YearMonth month, ResourceMonth resource, String edition) {
        SlaDefinition d = CATALOG.find(product, Site.CN, month.atDay(1));
        EvaluationRequest request = EvaluationRequest.of(product, Site.CN, month, List.of(resource)).withEdition(edition);
        return SlaEngine.standard().evaluate(d, request, List.of());
    }

    /** {@code minutes} whole minutes of outage from the 5th, 00:00, as one incident. */
    static ResourceMonth minutesDown(YearMonth month, long minutes) {
        return outage(month, minutes * 60);
    }

    /** One outage from the 5th, 00:00, of {@code seconds}, attributed to the clause {@code code}. */
    static ResourceMonth excludedOutage(YearMonth month, long seconds, String code) {
        Instant start = fifth(month);
        return resource().incident(Incident.excluded(start, start.plusSeconds(seconds), code)).build();
    }

    static ResourceReport evaluate(String product, YearMonth month, ResourceMonth resource) {
        return evaluate(product, Site.CN, month, resource, null);
    }

    static ResourceReport evaluate(String product, YearMonth month, ResourceMonth resource, String edition) {
        return evaluate(product, Site.CN, month, resource, edition);
    }
}
