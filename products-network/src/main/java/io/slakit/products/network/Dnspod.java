package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云解析 DNS 服务等级协议 (DNSPod, paid plans), seed 002 line 46078. */
final class Dnspod {
    /** 1.4 (46111-46115): downtime is resolved minus started, any partial minute counts a whole one (11m01s -> 12). */
    private static final IncidentMinutes RULE = Rules.incidentMinutes().roundingUp();

    private Dnspod() {
    }

    static SlaDefinition definition() {
        return Sla.define("dnspod", Site.CN, Family.NETWORK)
                .names("云解析 DNS", "DNSPod")
                .source(Seeds.CN, 46078, "云解析 DNS 服务等级协议")
                .updated("2024-06-24T16:59:51")
                .effectiveFromUpdatedDate()
                .edition("professional", "专业版 (Professional)",
                        metric("availability", "云解析 DNS 套餐服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.99", 46121)
                                .tiers(46210,
                                        tier("[99.90, 99.99)", "10"),
                                        tier("[99.00, 99.90)", "25"),
                                        tier("[0, 99.00)", "100")))
                .edition("enterprise", "企业版 (Enterprise)",
                        metric("availability", "云解析 DNS 套餐服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.99", 46123)
                                .tiers(46218,
                                        tier("[99.90, 99.99)", "10"),
                                        tier("[99.00, 99.90)", "25"),
                                        tier("[0, 99.00)", "100")))
                .edition("ultimate", "尊享版 (Ultimate)",
                        metric("availability", "云解析 DNS 套餐服务可用性")
                                .measuredBy(RULE)
                                .commitment("100", 46123)
                                .tiers(46226,
                                        tier("[99.90, 100)", "10"),
                                        tier("[99.00, 99.90)", "25"),
                                        tier("[0, 99.00)", "100")))
                .claim(5, 60, 46164)
                .exclusion("4.1", Clauses.ROUTINE_MAINTENANCE.worded("Routine system maintenance, and time when the recursive servers that resolution relies upon are unavailable"), 46178)
                .exclusion("4.2", Clauses.NOT_TENCENT_CAUSE.worded("The user's own causes, third parties or force majeure"), 46180)
                .exclusion("4.3", "domain-blocked", "A domain blocked for violations or other reasons", 46182)
                .exclusion("4.4", "dns-attack-beyond-plan", "A DNS attack beyond the plan's protection interrupts resolution", 46184)
                .exclusion("4.5", "customer-ns-switch", "The user switched NS servers", 46186)
                .exclusion("4.6", "record-propagation", "The wait for a changed record to take effect (at most 72 hours worldwide)", 46188)
                .exclusion("4.7", "plan-expired", "The plan was downgraded after its paid period expired", 46190)
                .exclusion("4.8", Clauses.THIRD_PARTY_NETWORK.worded("Network or equipment failure or configuration change outside the cloud's equipment"), 46192)
                .note("Only the paid plans (Professional, Enterprise, Ultimate) are covered; the free plan has no SLA (46093-46095). The plan "
                        + "picks the commitment: the edition must be given.")
                .note("The Ultimate plan promises 100% (46123) and its table starts at '100% > Av >= 99.90%': any counted minute of downtime "
                        + "earns 10%.")
                .note("1.4 says a minute is down when every query fails, then measures downtime as resolved minus started with partial "
                        + "minutes rounded up; the rule reads incidents (periods in which every query failed). No threshold is stated.")
                .note("Availability is per DNS plan (2.1): give each plan as its own resource. 1.3: a fee paid for several months at once "
                        + "is split evenly over the months bought. 3.1(1): credits only for paid plans that incurred fees.")
                .allowanceExample("Enterprise at 99.99%: June (30 days) allows 43200 - 43195.68 = 4.32 minutes", 46127,
                        "enterprise", "availability", YearMonth.of(2024, 6), "4.32")
                .evaluationExample("An outage of 11m01s counts as 12 minutes", 46115, "enterprise", "availability", YearMonth.of(2024, 6),
                        Examples.outage("dns-example", Instant.parse("2024-06-05T02:00:00Z"), Duration.ofSeconds(661)), "12", null, null)
                .build();
    }
}
