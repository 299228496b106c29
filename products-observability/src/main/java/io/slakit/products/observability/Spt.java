package io.slakit.products.observability;

import io.slakit.api.CreditForm;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.products.observability.ConsumedVumMultipleCredit.multiple;

/** 腾讯云服务性能测试服务等级协议 (service performance testing), seed 002 line 18208: credit in multiples of consumed VUM. */
final class Spt {
    private Spt() {
    }

    static SlaDefinition definition() {
        return Sla.define("service-performance-testing", Site.CN, Family.OBSERVABILITY)
                .names("腾讯云服务性能测试", "Service Performance Testing")
                .source(Seeds.CN, 18208, "腾讯云服务性能测试服务等级协议")
                .liabilityCapOverMonths(12, 18332)
                .updated("2023-07-14T17:08:15")
                .effectiveFromUpdatedDate()
                .creditForm(CreditForm.FREE_USAGE)
                .metric(metric("availability", "服务可用性")
                        // 1.3-1.4 (18233-18241): an outage counts from 5 minutes ("达到5分钟"; 4m59s does not), partial minutes round up.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99.9", 18253)
                        .credit(ConsumedVumMultipleCredit.of(
                                multiple("[98, 99.9)", "1"),
                                multiple("[95, 98)", "1.5"),
                                multiple("[0, 95)", "2")), 18344))
                .claim(5, 60, 18286)
                .evaluationExample("1.4: an outage from January 10, 14:01:01 to 15:01:29 lasts 60 minutes 28 seconds; the 28 seconds "
                        + "count as a minute: 61 minutes", 18241, null, "availability", YearMonth.of(2024, 1),
                        ObservabilityTerms.outage("2024-01-10T14:01:01", "2024-01-10T15:01:29"), "61", null, null)
                .evaluationExample("1.5: three outages of 10, 20 and 30 minutes make 60 unavailable minutes", 18245, null, "availability",
                        YearMonth.of(2024, 1), ObservabilityTerms.outagesOfMinutes(YearMonth.of(2024, 1), 10, 20, 30), "60", null, null)
                .note("1.3 (18233-18235): the service is unavailable when, through the service, the user cannot start load-test tasks or "
                        + "tasks fail, for 5 minutes or more (\"时间达到5分钟\"); an outage of 4 minutes 59 seconds is not unavailability. "
                        + "1.4 (18237-18241): each outage's partial minute counts as a whole minute; 1.5 (18243-18245): the month's "
                        + "unavailable minutes are the sum (10 + 20 + 30 = 60).")
                .note("Credit (3.1, 18282-18284, table 18344-18350): paid in load-test VUM: [98, 99.9) 1 x, [95, 98) 1.5 x, [0, 95) 2 x "
                        + "\"服务月度内不可用分钟数内的消耗 VUM\", the VUM the customer consumed during the month's unavailable minutes (1.7, "
                        + "18249: not VUM bought and not yet consumed; 1.6, 18247: VUM = VU x minutes, fixed when a task starts). That "
                        + "consumption is the customer's figure and no input field holds it, so the evaluation states the credit as the "
                        + "multiple (\"1.5 x the VUM consumed during the month's N unavailable minutes\") and pays no money.")
                .note("The text states no cap on the VUM credit. 5.1 (18330-18334): total liability is at most the fees paid for the "
                        + "service concerned, or the 12 months' cash fees before the damage after 12 months of use.")
                .note("Special statement (18324-18328): the customer authorises load tests of its own assets and accepts that they may "
                        + "disturb its systems; Tencent Cloud bears no liability for that. It removes no time from the count (an outage "
                        + "of the testing service itself still counts), so it is not coded as a clause.")
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 18300)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 18302)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED, 18304)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 18306)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION, 18308)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 18310)
                .exclusion("4.7", Clauses.THIRD_PARTY_SOFTWARE, 18312)
                .exclusion("4.8", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, epidemics, war, unrest, government "
                        + "action, trunk line cuts, hacking, network congestion, carrier adjustments and government control"), 18314)
                .exclusion("4.9", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Requests failed or service suspended or terminated because "
                        + "the customer breached the Tencent Cloud service agreement, the service terms or usage rules"), 18318)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 18320)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE, 18322)
                .build();
    }
}
