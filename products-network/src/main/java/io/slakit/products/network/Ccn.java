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

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云联网服务等级协议 (Cloud Connect Network), seed 002 line 11575. */
final class Ccn {
    /** 1.2 (11596-11600): a minute in which every attempt between two regions (or within one) fails, 100% loss, is down. */
    private static final WindowedRate RULE = Rules.everyAttemptFailed(Duration.ofMinutes(1));

    private Ccn() {
    }

    static SlaDefinition definition() {
        return Sla.define("ccn", Site.CN, Family.NETWORK)
                .names("云联网", "Cloud Connect Network")
                .source(Seeds.CN, 11575, "云联网服务等级协议")
                .updated("2023-03-28T14:49:36")
                .effectiveFromUpdatedDate()
                .edition("platinum", "白金 (Platinum)",
                        metric("availability", "两地域间/单个地域内服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.99", 11638)
                                .tiers(11696,
                                        tier("[99.95, 99.99)", "15"),
                                        tier("[99.50, 99.95)", "30"),
                                        tier("[0, 99.50)", "100")))
                .edition("gold", "金 (Gold; always the level within a single region)",
                        metric("availability", "两地域间/单个地域内服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.95", 11640)
                                .tiers(11704,
                                        tier("[99.50, 99.95)", "15"),
                                        tier("[99.00, 99.50)", "30"),
                                        tier("[0, 99.00)", "100")))
                .edition("silver", "银 (Silver)",
                        metric("availability", "两地域间/单个地域内服务可用性")
                                .measuredBy(RULE)
                                .commitment("99.50", 11642)
                                .tiers(11712,
                                        tier("[99.00, 99.50)", "15"),
                                        tier("[95.00, 99.00)", "30"),
                                        tier("[0, 95.00)", "100")))
                .claim(5, 60, 11660)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 11674)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 11676)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked, or its backend service fails"), 11678)
                .exclusion("4.4", "customer-misconfiguration", "The customer's network configuration (routes, ACLs, security groups, rate limits) is wrong", 11680)
                .exclusion("4.5", "attached-instance-fault", "An attached instance (Direct Connect gateway, VPC, VPN...) missed its own availability", 11682)
                .exclusion("4.6", "single-zone-peer", "One side of the communication lies in a single zone (same access point, or all cloud services in one zone)", 11684)
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS, 11731)
                .exclusion("4.8", "customer-app-activity", "The customer's applications, installation activities or own OS upgrades", 11733)
                .exclusion("4.9", Clauses.CUSTOMER_OPERATION, 11735)
                .exclusion("4.10", Clauses.CUSTOMER_IGNORED_DOCS, 11737)
                .exclusion("4.11", Clauses.FORCE_MAJEURE, 11739)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE, 11741)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 11743)
                .note("Availability and credit are per region pair (or single region) of a CCN instance (2.1, 3.1(2)): give each pair "
                        + "as its own resource (e.g. ccn-1:shanghai-beijing) with that pair's monthly fee. Pairs that met the level earn "
                        + "nothing and their fees never enter another pair's credit (the May Shanghai-Beijing example, 11724).")
                .note("The service level picks the commitment and table (2.2): the edition must be given. Traffic within one region is "
                        + "always Gold (11646).")
                .note("Measured per minute: give one 1-minute window per minute observed, with the attempts (probes) and those lost; "
                        + "only a minute with every attempt lost is down.")
                .build();
    }
}
