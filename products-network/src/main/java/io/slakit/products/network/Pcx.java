package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;
import io.slakit.core.rules.WindowedRate;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 对等连接服务等级协议 (Peering Connection), seed 002 line 12198. */
final class Pcx {
    /** 2.1 (12239-12243): a minute in which every attempt through the peering connection fails is down. */
    private static final WindowedRate RULE = Rules.everyAttemptFailed(Duration.ofMinutes(1));

    private Pcx() {
    }

    static SlaDefinition definition() {
        return Sla.define("pcx", Site.CN, Family.NETWORK)
                .names("对等连接", "Peering Connection")
                .source(Seeds.CN, 12198, "对等连接服务等级协议")
                .updated("2023-12-06T16:17:21")
                .effectiveFromUpdatedDate()
                .edition("platinum", "白金 (Platinum)",
                        metric("availability", "对等连接服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.95", 12229)
                                .tiers(12292,
                                        tier("[99.00, 99.95)", "10"),
                                        tier("[98.00, 99.00)", "25"),
                                        tier("[0, 98.00)", "100")))
                .edition("gold", "金 (Gold)",
                        metric("availability", "对等连接服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.50", 12231)
                                .tiers(12300,
                                        tier("[99.00, 99.50)", "10"),
                                        tier("[95.00, 99.00)", "25"),
                                        tier("[0, 95.00)", "100")))
                .edition("silver", "银 (Silver)",
                        metric("availability", "对等连接服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.00", 12233)
                                .tiers(12308,
                                        tier("[98.00, 99.00)", "10"),
                                        tier("[95.00, 98.00)", "25"),
                                        tier("[0, 95.00)", "100")))
                .claimWithinBusinessDays(20, 12316)
                .exclusion("2(1)", Clauses.ANNOUNCED_MAINTENANCE, 12249)
                .exclusion("2(2)", Clauses.THIRD_PARTY_NETWORK, 12251)
                .exclusion("2(3)", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked by hackers"), 12253)
                .exclusion("2(4)", "customer-misconfiguration", "The customer's routes are misconfigured", 12255)
                .exclusion("2(5)", Clauses.CUSTOMER_CREDENTIALS, 12257)
                .exclusion("2(6)", "customer-os-upgrade", "The customer upgraded the operating system", 12259)
                .exclusion("2(7)", "customer-app-activity", "The customer's applications or installation activities", 12261)
                .exclusion("2(8)", Clauses.CUSTOMER_OPERATION, 12263)
                .exclusion("2(9)", Clauses.FORCE_MAJEURE, 12265)
                .exclusion("2(10)", Clauses.NOT_TENCENT_CAUSE.worded("Other unavailability not caused by Tencent Cloud"), 12267)
                .note("The exclusions are listed (1)-(10) under 2.1 (12247-12267), not under a numbered exclusion section; they are cited as 2(1)..2(10).")
                .note("The QoS level picks the commitment and table (2.1, 3.2): the edition must be given. The Platinum floor (98%) sits above "
                        + "the Gold and Silver floors (95%), as written.")
                .note("The SLA needs the peering connection's loss data: the customer must turn on Network Detection (网络探测, 12241-12243). "
                        + "Give one 1-minute window per minute observed, with the probes sent and lost; only a minute with every probe lost is down.")
                .note("Claims (3.3, 12316): written or email notice to the customer manager within 20 business days after the breach "
                        + "(SLA 指标不达标情况发生后的20个工作日内); credits arrive as vouchers in the next billing cycle (12322). Reading: a monthly "
                        + "availability is only known to have missed when the service month ends, so the breach is dated to the month's end and "
                        + "the window runs from the first day after the service month to the 20th business day counted from that day "
                        + "(April 2024: 2024-05-01 to 2024-05-28, Monday to Friday; a holiday calendar moves the last day later).")
                .note("The service period is a calendar month (12235); the text states no liability cap beyond the month's fee cap of 3.2.")
                .allowanceExample("Platinum 99.95% allows 0.36 h = 21.6 minutes in a 30-day (720-hour) month", 12229,
                        "platinum", "availability", YearMonth.of(2024, 4), "21.6")
                .allowanceExample("Gold 99.50% allows 3.6 h = 216 minutes in a 30-day month", 12231,
                        "gold", "availability", YearMonth.of(2024, 4), "216")
                .allowanceExample("Silver 99.00% allows 7.2 h = 432 minutes in a 30-day month", 12233,
                        "silver", "availability", YearMonth.of(2024, 4), "432")
                .build();
    }
}
