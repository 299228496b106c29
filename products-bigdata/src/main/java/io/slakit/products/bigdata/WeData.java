package io.slakit.products.bigdata;

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

/** 数据开发治理平台 WeData 服务等级协议 (seed 002 line 25277): 5-minute units per account and region, 99.95 %. */
final class WeData {
    private WeData() {
    }

    static SlaDefinition definition() {
        return Sla.define("wedata", Site.CN, Family.BIGDATA)
                .names("数据开发治理平台 WeData", "WeData (data development and governance platform)")
                .source(Seeds.CN, 25277, "数据开发治理平台 WeData 服务等级协议")
                .updated("2025-06-19T16:46:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (25304-25308): a five-minute period counts only when every consecutive connection of all the
                        // customer's specified accounts to WeData in the specified region failed; any full or partial success
                        // makes the five minutes available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(5)))
                        .commitment("99.95", 25318)
                        .tiers(25342,
                                tier("[98, 99.95)", "10"),
                                tier("[95, 98)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 25359)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 25367)
                .exclusion("4.2", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or other misconduct against the customer's application "
                        + "interfaces or data"), 25369)
                .exclusion("4.3", BigdataTerms.NEGLIGENT_AUTHORISATION, 25371)
                .exclusion("4.4", "high-risk-custom-tasks", "Custom tasks, high-risk shell (deleting important files or data) or high-risk "
                        + "SQL (deleting important tables, changing permissions) the customer uploaded", 25373)
                .exclusion("4.5", BigdataTerms.UNSUPPORTED_USAGE, 25377)
                .exclusion("4.6", BigdataTerms.RESOURCES_MISMATCH, 25379)
                .exclusion("4.7", "third-party-collaborator", "Causes of the customer or third-party collaborators (CVM resource limits, COS "
                        + "capacity limits, CAM roles, security groups, data-source or EKS configuration)", 25381)
                .exclusion("4.8", "not-the-product", "Unavailability not caused by WeData itself: the underlying engine (EMR, DLC) is down, "
                        + "a data source is unavailable, or the user changed configuration (network, table structure, permissions) or operated wrongly", 25383)
                .exclusion("4.9", "telecom-government-public-network", "Networks or equipment outside Tencent Cloud's, control by "
                        + "authorities or carriers, public network congestion or hacking, causes beyond Tencent Cloud's reasonable control, "
                        + "other causes not attributable to Tencent Cloud", 25387)
                .exclusion("4.10", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, disease, war, strikes"), 25399)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 25405)
                .note("Reading of 1.3 (25304-25308): the five-minute periods are aligned from 00:00:00 (288 a day); a period counts 5 "
                        + "minutes only when every connection attempt in it failed. A failure that straddles two periods without filling "
                        + "either is not counted.")
                .note("Scope (1.3, 25304): one resource is the customer's specified accounts in one region: a period is unavailable only "
                        + "when all of them failed to connect to WeData in that region; give their combined attempts per window. The fee "
                        + "(1.5, 25312) is the month's fee for the service, excluding purchased-but-unconsumed amounts and voucher, "
                        + "coupon or fee-waiver deductions.")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID)
                .build();
    }
}
