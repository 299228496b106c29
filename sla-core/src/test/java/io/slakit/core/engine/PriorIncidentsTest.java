package io.slakit.core.engine;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incidents before the month reach only the rules that read history, and only back to where they read. */
class PriorIncidentsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final SlaEngine ENGINE = SlaEngine.standard();
    /** Shaped like CME (002:15517): 99.9 % per service year, 10/25/50 % of the monthly fee. */
    private static final SlaDefinition YEARLY = Sla.define("yearly", Site.CN, Family.MEDIA)
            .names("年度", "Service-year test")
            .source(Seeds.CN, 15517, "智能创作服务等级协议")
            .updated("2021-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("availability", "服务年度的服务可用性")
                    .measuredBy(Rules.serviceYearMinutes())
                    .commitment("99.9", 15548)
                    .tiers(15580, tier("[99, 99.9)", "10"), tier("[95, 99)", "25"), tier("[0, 95)", "50")))
            .exclusion("4.7", "force-majeure", "Force majeure", 15617)
            .build();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Incident down(String from, long minutes) {
        return Incident.of(at(from), at(from).plusSeconds(minutes * 60));
    }

    private static ResourceMonth.Builder activated() {
        return ResourceMonth.builder("r", Money.of("1000.00", "CNY")).activeFrom(at("2021-03-17T00:00"));
    }

    private static ResourceReport evaluate(SlaDefinition d, String product, YearMonth month, ResourceMonth r) {
        return ENGINE.evaluate(d, EvaluationRequest.of(product, Site.CN, month, List.of(r)), List.of()).resources().get(0);
    }

    @Test
    void aMonthlyProductRejectsPriorIncidents() {
        ResourceMonth r = ResourceMonth.builder("ins-1", Money.of("1000.00", "CNY")).priorIncident(down("2024-03-05T10:00", 30)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(TestSlas.cvmLike(), "vm", YearMonth.of(2024, 4), r));
        assertEquals("resources[0].priorIncidents", e.field());
        assertTrue(e.getMessage().contains("reads no incidents before it"), e.getMessage());
    }

    @Test
    void aMonthlyProductStillRejectsIncidentsOutsideTheMonth() {
        ResourceMonth r = ResourceMonth.builder("ins-1", Money.of("1000.00", "CNY")).incident(down("2024-03-05T10:00", 30)).build();
        assertEquals("resources[0].incidents[0].start",
                assertThrows(InvalidInputException.class, () -> evaluate(TestSlas.cvmLike(), "vm", YearMonth.of(2024, 4), r)).field());
    }

    @Test
    void theServiceYearRuleStillTakesOnlyTheMonthsIncidentsUnderIncidents() {
        // History goes under priorIncidents; an earlier outage under incidents is still "wholly outside the service month".
        ResourceMonth r = activated().incident(down("2021-03-20T10:00", 30)).build();
        assertEquals("resources[0].incidents[0].start",
                assertThrows(InvalidInputException.class, () -> evaluate(YEARLY, "yearly", YearMonth.of(2021, 4), r)).field());
    }

    @Test
    void theYearsEarlierOutagesDecideTheMonthsTier() {
        // 500 minutes in March + 30 in April = 530 > 525.6 allowed in 525,600: 99.899 % -> 10 % of the month's 1,000.
        ResourceMonth r = activated().priorIncident(down("2021-03-20T10:00", 500)).incident(down("2021-04-05T10:00", 30)).build();
        ResourceReport report = evaluate(YEARLY, "yearly", YearMonth.of(2021, 4), r);
        assertEquals(0, new BigDecimal("100.00").compareTo(report.credit().amount()));
    }

    @Test
    void aPriorIncidentMustEndByTheMonthsStart() {
        ResourceMonth r = activated().priorIncident(down("2021-03-31T23:30", 60)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(YEARLY, "yearly", YearMonth.of(2021, 4), r));
        assertEquals("resources[0].priorIncidents[0].end", e.field());
    }

    @Test
    void aPriorIncidentFromAnEarlierServiceYearIsRejected() {
        // April 2022 reads from 2022-03-17; an outage in June 2021 belongs to the first year.
        ResourceMonth r = activated().priorIncident(down("2021-06-01T10:00", 60)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(YEARLY, "yearly", YearMonth.of(2022, 4), r));
        assertEquals("resources[0].priorIncidents[0].end", e.field());
        assertTrue(e.getMessage().contains("2022-03-16T16:00:00Z"), e.getMessage());
    }

    @Test
    void aPriorIncidentNamesAKnownClause() {
        Instant start = at("2021-03-20T10:00");
        ResourceMonth r = activated().priorIncident(Incident.excluded(start, start.plusSeconds(60), "no-such-clause")).build();
        assertEquals("resources[0].priorIncidents[0].exclusion",
                assertThrows(InvalidInputException.class, () -> evaluate(YEARLY, "yearly", YearMonth.of(2021, 4), r)).field());
    }
}
