package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** SD-WAN 接入服务服务等级协议 (SD-WAN Access Service), seed 002 line 12569. */
final class Sas {
    private Sas() {
    }

    static SlaDefinition definition() {
        return Sla.define("sas", Site.CN, Family.NETWORK)
                .names("SD-WAN 接入服务", "SD-WAN Access Service")
                .source(Seeds.CN, 12569, "SD-WAN 接入服务服务等级协议")
                .updated("2022-01-18T15:54:23")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单 Edge 实例服务可用性")
                        // 1.4 (12592-12594): a minute in which every attempt to connect to the Edge instance fails, through
                        // Tencent Cloud's fault, is down; failures lasting less than 1 minute are not counted.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 12618)
                        .tiers(12719,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 12657)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 12671)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED, 12673)
                .exclusion("4.3", Clauses.THIRD_PARTY_NETWORK, 12675)
                .exclusion("4.4", "customer-misconfiguration", "The customer's misconfiguration disconnected the SD-WAN access", 12677)
                .exclusion("4.5", "customer-local-internet", "The customer's local internet failed", 12679)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 12681)
                .exclusion("4.7", "customer-equipment", "The customer's negligent authorisation, wrong operations, own devices or third-party software", 12683)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 12685)
                .exclusion("4.9", "capacity-exceeded", "Delay or loss from use beyond the capacity of the paid version", 12687)
                .exclusion("4.10", Clauses.CUSTOMER_OPERATION, 12689)
                .exclusion("4.11", "edge-hardware-fault", "A hardware fault of the Edge device", 12691)
                .exclusion("4.12", "customer-not-updated", "The system was fixed but the customer did not update the system version", 12693)
                .exclusion("4.13", Clauses.FORCE_MAJEURE, 12695)
                .exclusion("4.14", Clauses.NOT_TENCENT_CAUSE, 12697)
                .exclusion("4.15", Clauses.LEGAL_EXEMPTION, 12699)
                .note("Measured per Edge instance and per minute: give one 1-minute window per minute observed, with the connection attempts "
                        + "and those that failed; a minute is down only when all failed. The text states no rounding clause.")
                .note("The SLA covers the cloud and network parts only, not the customer-managed Edge hardware, and only formally purchased "
                        + "service, not the test phase (12610-12616).")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 12620,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .build();
    }
}
