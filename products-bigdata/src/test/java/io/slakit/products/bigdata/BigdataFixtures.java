package io.slakit.products.bigdata;

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
import io.slakit.core.catalog.Resolution;
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

/** Shared builders for the bigdata family's tests: resources in Beijing time, evaluation through the catalogue. */
final class BigdataFixtures extends io.slakit.testkit.MonthFixtures {
    static final YearMonth SEPTEMBER = YearMonth.of(2025, 9); // 30 days, 43,200 minutes; every bigdata text is in force
    static final YearMonth AUGUST = YearMonth.of(2025, 8);    // 31 days, 44,640 minutes; every bigdata text is in force

    private BigdataFixtures() {
    }

    /** As the shared one, but through this family's own evaluation, which checks the text is in force. */
    public static ResourceReport evaluate(String product, Site site, YearMonth month, ResourceMonth resource) {
        return evaluate(product, site, month, resource, null);
    }

    /** Every month evaluated here is one the text is in force for. */
    public static ResourceReport evaluate(String product, Site site, YearMonth month, ResourceMonth resource, String edition) {
        Resolution resolution = CATALOG.resolve(product, site, month);
        // Every month evaluated here is one the text is in force for: no "before the earliest version" warning.
        assertEquals(List.of(), resolution.warnings(), product + " " + month);
        EvaluationRequest request = EvaluationRequest.of(product, site, month, List.of(resource)).withEdition(edition);
        EvaluationReport report = SlaEngine.standard().evaluate(resolution.definition(), request, resolution.warnings());
        return report.resources().get(0);
    }
}
