package io.slakit.core.engine;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.Ticket;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;
import io.slakit.core.testing.TestSlas;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ServiceClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.breaches;
import static io.slakit.core.rules.Credits.byBreachCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A managed-service SLA shaped like the security family's: respond within 30 service minutes, credit by breaches per month. */
class TicketsTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final SlaDefinition MANAGED = Sla.define("managed", Site.CN, Family.SECURITY)
            .names("托管服务", "Managed service (test)")
            .source(Seeds.CN, 100, "托管服务等级协议")
            .updated("2024-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("response", "响应时效")
                    .measuredBy(Rules.deadlines(ServiceClock.businessHours(BusinessCalendar.weekdays(), "10:00-12:00", "14:00-17:00"))
                            .respondWithin("emergency", Duration.ofMinutes(30)))
                    .commitment("100", 110)
                    .credit(byBreachCount(breaches("1-2", "10"), breaches("3+", "30")), 120))
            .claim(5, 60, 130)
            .build();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    private static ResourceReport evaluate(SlaDefinition d, ResourceMonth r) {
        return SlaEngine.standard().evaluate(d, EvaluationRequest.of(d.product().value(), Site.CN, APRIL, List.of(r)), List.of()).resources().get(0);
    }

    private static ResourceMonth withLate(int late) {
        ResourceMonth.Builder b = ResourceMonth.builder("svc", Money.of("1000.00", "CNY"));
        for (int i = 0; i < 4; i++) {
            Instant opened = at("2024-04-0" + (i + 1) + "T10:00");
            b.ticket(Ticket.of("T-" + i, "emergency", opened).respondedAt(opened.plusSeconds(i < late ? 31 * 60 : 30 * 60)));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} late -> {1}")
    @CsvSource({"0, 0.00", "1, 100.00", "2, 100.00", "3, 300.00", "4, 300.00"})
    void creditByTheCountOfBreaches(int late, String credit) {
        ResourceReport report = evaluate(MANAGED, withLate(late));
        assertEquals(Money.of(credit, "CNY"), report.credit());
        MetricResult m = report.metric("response").orElseThrow();
        assertEquals(late, m.lateItems().orElseThrow().size());
        assertEquals(late == 0, m.met());
        m.lateItems().orElseThrow().forEach(item -> assertEquals(BigDecimal.ONE, item.lateness()));
    }

    @Test
    void aProductThatReadsNoTicketsRejectsThemByName() {
        ResourceMonth r = ResourceMonth.builder("ins", Money.of("100.00", "CNY"))
                .ticket(Ticket.of("T", "emergency", at("2024-04-01T10:00"))).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(TestSlas.cvmLike(), r));
        assertEquals("resources[0].tickets", e.field());
        assertTrue(e.getMessage().contains("reads no tickets"), e.getMessage());
    }

    @Test
    void aTicketOfAnUnknownKindIsNamedWithItsPath() {
        ResourceMonth r = ResourceMonth.builder("svc", Money.of("100.00", "CNY"))
                .ticket(Ticket.of("T", "pentest", at("2024-04-01T10:00"))).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate(MANAGED, r));
        assertEquals("resources[0].tickets[0].kind", e.field());
        assertEquals("pentest", e.value());
        assertTrue(e.rule().contains("deadlines"), e.rule());
    }

    @Test
    void breachCountTablesMustBeContiguousFromOneAndOpenAtTheTop() {
        assertThrows(IllegalArgumentException.class, () -> byBreachCount(breaches("2+", "10")));
        assertThrows(IllegalArgumentException.class, () -> byBreachCount(breaches("1-2", "10"), breaches("4+", "30")));
        assertThrows(IllegalArgumentException.class, () -> byBreachCount(breaches("1-2", "10"), breaches("3", "30")));
        assertThrows(IllegalArgumentException.class, () -> byBreachCount(breaches("1-2", "10"), breaches("2+", "30")));
        assertEquals("Credit by the month's count of missed deadlines: 1 to 2 -> 10%; 3 or more -> 30% of the credit basis; none missed earns nothing.",
                byBreachCount(breaches("3+", "30"), breaches("1-2", "10")).describe());
    }

    @Test
    void moreBreachesNeverEarnLess() {
        List<BigDecimal> credits = new ArrayList<>();
        for (int late = 0; late <= 4; late++) {
            credits.add(evaluate(MANAGED, withLate(late)).credit().amount());
        }
        for (int i = 1; i < credits.size(); i++) {
            assertTrue(credits.get(i).compareTo(credits.get(i - 1)) >= 0, credits.toString());
        }
    }
}
