package io.slakit.core.rules;

import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Ticket;
import io.slakit.api.spi.CreditContext;
import io.slakit.api.spi.CreditDecision;
import io.slakit.api.spi.Measured;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

import static io.slakit.core.rules.DeadlineCommitmentsTest.RULE;
import static io.slakit.core.rules.DeadlineCommitmentsTest.at;
import static io.slakit.core.rules.DeadlineCommitmentsTest.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** "服务有效期超时 10%; 服务响应时长超时 30%": the kind of deadline missed picks the percent, the highest once. */
class MilestoneCreditTest {
    private static final MilestoneCredit CREDIT = Credits.byMissedMilestone("30", "10");
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    private static CreditDecision decide(MilestoneCredit credit, Ticket... tickets) {
        Measured m = measure(RULE, APRIL, tickets);
        return credit.decide(new CreditContext(ServiceMonth.calendar(APRIL, ZoneId.of("Asia/Shanghai")), m, Percent.of("100"),
                Money.of("1000.00", "CNY")));
    }

    // emergency: 30 service minutes to respond; report: 5 working days to deliver (DeadlineCommitmentsTest.RULE)
    private static final Ticket RESPONSE_ON_TIME = Ticket.of("A", "emergency", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T10:30"));
    private static final Ticket RESPONSE_LATE = Ticket.of("B", "emergency", at("2024-04-01T10:00")).respondedAt(at("2024-04-01T10:31"));
    // Monday Apr 1: working days 1-5 are Apr 2, 3, 4, 5 and 8, due by 24:00 Apr 8; delivered Apr 10 is late
    private static final Ticket DELIVERY_LATE = Ticket.of("C", "report", at("2024-04-01T10:00")).deliveredAt(at("2024-04-10T10:00"));

    @Test
    void noMissedDeadlineEarnsNothing() {
        CreditDecision d = decide(CREDIT, RESPONSE_ON_TIME);
        assertEquals(Optional.of(BigDecimal.ZERO), d.percent());
        assertEquals(Money.of("0.00", "CNY"), d.amount());
    }

    @Test
    void aLateResponseEarnsItsPercentHoweverMany() {
        assertEquals(Money.of("300.00", "CNY"), decide(CREDIT, RESPONSE_LATE).amount());
        Ticket another = Ticket.of("B2", "emergency", at("2024-04-02T10:00")).respondedAt(at("2024-04-02T11:00"));
        assertEquals(Money.of("300.00", "CNY"), decide(CREDIT, RESPONSE_LATE, another).amount());
    }

    @Test
    void aLateDeliveryAloneEarnsTheDeliveryPercent() {
        assertEquals(Money.of("100.00", "CNY"), decide(CREDIT, RESPONSE_ON_TIME, DELIVERY_LATE).amount());
    }

    @Test
    void bothKindsMissedEarnTheHigherOnceNotTheSum() {
        CreditDecision d = decide(CREDIT, RESPONSE_LATE, DELIVERY_LATE);
        assertEquals(Optional.of(new BigDecimal("30")), d.percent());
        assertEquals(Money.of("300.00", "CNY"), d.amount());
        // a table where the delivery case is the higher one: the higher still wins
        assertEquals(Money.of("500.00", "CNY"), decide(Credits.byMissedMilestone("20", "50"), RESPONSE_LATE, DELIVERY_LATE).amount());
    }

    @Test
    void aResponseOnlyTableRefusesALateDeliveryItCannotPrice() {
        assertEquals(Money.of("100.00", "CNY"), decide(Credits.byLateResponse("10"), RESPONSE_LATE).amount());
        assertThrows(IllegalStateException.class, () -> decide(Credits.byLateResponse("10"), DELIVERY_LATE));
    }

    @Test
    void describesItselfInWords() {
        assertEquals("Credit by the kind of deadline missed in the month: a late response -> 30%; a late delivery -> 10% of the credit "
                + "basis; a month with several kinds missed earns the highest once; none missed earns nothing.", CREDIT.describe());
    }
}
