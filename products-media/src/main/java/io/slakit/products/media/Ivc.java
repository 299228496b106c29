package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 智能视图计算平台服务等级协议 (Intelligent Viewdata Computing), seed 002 line 7547. */
final class Ivc {
    private Ivc() {
    }

    static SlaDefinition definition() {
        return Sla.define("ivc", Site.CN, Family.MEDIA)
                .names("智能视图计算平台", "Intelligent Viewdata Computing")
                .source(Seeds.CN, 7547, "智能视图计算平台服务等级协议")
                .updated("2025-06-13T17:14:21")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (7592-7594): 1 - sum of 5-minute error rates / (days x 24 x 12).
                        .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)))
                        .commitment("99.93", 7596)
                        .tiers(7683,
                                tier("[95, 99.93)", "5"),
                                tier("[0, 95)", "10")))
                .claim(5, 60, 7629)
                .exclusion("4(1)", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance (upgrades, changes, shutdowns, cutover, repair, failure drills)"), 7643)
                .exclusion("4(2)", Clauses.THIRD_PARTY_NETWORK.worded("Networks, device configuration, firmware or device faults (cameras, NVRs, edge gateways) outside the service's equipment"), 7645)
                .exclusion("4(3)", Clauses.CONTENT_VIOLATION.worded("Domains or accounts disabled for content violations or compliance problems"), 7649)
                .exclusion("4(4)", Clauses.TRAFFIC_SURGE_UNANNOUNCED, 7651)
                .exclusion("4(5)", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application or data is attacked by hackers"), 7653)
                .exclusion("4(6)", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the user's maintenance or confidentiality"), 7655)
                .exclusion("4(7)", Clauses.CUSTOMER_OPERATION.worded("The user did not follow the documentation, or the user's negligence or authorised operations"), 7657)
                .exclusion("4(8)", "hotlink-token-expired", "The user enabled hotlink-protection authentication and the token expired", 7659)
                .exclusion("4(9)", "outside-mainland", "Requests from outside mainland China", 7661)
                .exclusion("4(10)", Clauses.FORCE_MAJEURE, 7663)
                .exclusion("4(11)", Clauses.NOT_TENCENT_CAUSE.worded("Other causes not attributable to Tencent Cloud (domain filing lapsed, certificate expired...)"), 7665)
                .exclusion("4(12)", Clauses.LEGAL_EXEMPTION, 7667)
                .note("Failed requests (1.4, 7580-7590) exclude rate-limited requests, bad parameters, device or network problems on the user's side, "
                        + "unauthenticated or arrears requests and requests from attacks on the user: give window counts without them.")
                .note("Units without requests add 0 but still count in the number of 5-minute units (7594: days x 24 x 12).")
                .build();
    }
}
