package io.slakit.products.bigdata;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * Elasticsearch Service 服务等级协议 (seed 002 line 24110): two commitments in one text, per instance:
 * 99.9 % for every version but one, 99.95 % for the AI search enhanced version deployed across zones.
 */
final class Es {
    private Es() {
    }

    static SlaDefinition definition() {
        return Sla.define("es", Site.CN, Family.BIGDATA)
                .names("Elasticsearch Service", "Elasticsearch Service (ES)")
                .source(Seeds.CN, 24110, "Elasticsearch Service 服务等级协议")
                .liabilityCapOverMonths(12, 24303)
                .updated("2025-06-20T17:53:52")
                .effective("2025-06-30", 24113)
                .edition("general", "通常版本: 标准版、日志增强版, AI 搜索增强版单可用区 and every other version except AI 搜索增强版（多可用区部署）",
                        availability("99.9", 24165, 24246))
                .edition("ai-search-multi-az", "AI 搜索增强版（多可用区部署）", availability("99.95", 24167, 24256))
                .defaultEdition("general")
                .claim(5, 60, 24208)
                .exclusion("4", Clauses.TRIAL_OR_FREE_USE.worded("Public beta, closed beta, invitation tests, free use or use within a free "
                        + "quota: no availability or success-rate promise, the SLA does not apply"), 24214)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or line failure or configuration change "
                        + "outside Tencent Cloud's equipment"), 24220)
                .exclusion("5.2", Clauses.CUSTOMER_CREDENTIALS, 24222)
                .exclusion("5.3", Clauses.CUSTOMER_OPERATION, 24224)
                .exclusion("5.4", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, the documentation "
                        + "or advice (zero data replicas, frequent reads, writes and changes while overloaded, use outside the usage, "
                        + "version compatibility or API norms the Elasticsearch version supports)"), 24226)
                .exclusion("5.5", Clauses.THIRD_PARTY_SOFTWARE.worded("Software the customer installed or third-party software or configuration "
                        + "Tencent Cloud does not run: chosen capacity short of demand, custom plugins the customer uploaded, dependence "
                        + "on local disks to start, latent undisclosed bugs of the underlying Elasticsearch software"), 24230)
                .exclusion("5.6", "restart-time", "Time spent restarting or force-restarting the instance during operations", 24269)
                .exclusion("5.7", "test-only-nodes", "Nodes meant only for tests and not recommended for production (two-node clusters with "
                        + "split-brain risk, 1-core 2 GB or 2-core 2 GB nodes) are not covered", 24271)
                .exclusion("5.8", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government action, riots, disease, war, strikes"), 24273)
                .exclusion("5.9", "telecom-government-public-network", "Changes of basic telecom or power resources, control by "
                        + "authorities or carriers, public network congestion or hacking, other events outside Tencent Cloud's fault and control", 24279)
                .exclusion("5.10", Clauses.NON_PAYMENT_SUSPENSION, 24289)
                .exclusion("5.11", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Suspension or termination for breach of this agreement or the "
                        + "Tencent Cloud service agreement"), 24291)
                .exclusion("5.12", Clauses.ROUTINE_MAINTENANCE, 24293)
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, 24295)
                .note("Two commitments in one text (2.2, 24165-24167; 3.1, 24244-24262): Elasticsearch Service AI 搜索增强版 deployed across "
                        + "two or three zones (多可用区部署) promises 99.95% with its own table; every other version (标准版, 日志增强版, AI "
                        + "搜索增强版 in one zone) promises 99.9%. The general edition is the default.")
                .note("Reading: 1.1 (24135-24143) also names a Serverless mode; 3.1's \"除 AI 搜索增强版（多可用区部署）外的其他所有版本\" "
                        + "(every version except the multi-zone AI search enhanced one) is read to cover it, under the general edition.")
                .note("Availability and fee are per instance (1.3, 24151; 1.6, 24159): each instance is one resource; a minute counts only "
                        + "when every attempt to connect to the instance failed. The fee is what was paid for that instance in the month, "
                        + "excluding purchased-but-unconsumed amounts and voucher, coupon or fee-waiver deductions.")
                .note("Section 4 (24214): public, closed or invited beta and free or free-quota use have no availability promise: mark such "
                        + "time with the code trial-or-free-use. 5.7 (24271): a cluster of test-only nodes is outside the SLA: mark its "
                        + "time with test-only-nodes.")
                .note("Liability (6.1, 24301-24305): at most the fees paid for the service concerned; after more than 12 months of use, at "
                        + "most the fees paid for it in the 12 months before the damage. Declared as the 12-month liability cap (24303), applied "
                        + "when several months are evaluated together; the monthly voucher stays capped at the month's fee (3.1(2)).")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .build();
    }

    /** 1.3/1.5/2.1 (24151-24163): every attempt to connect to the instance in a minute failed; 10 / 25 / 100 % at 99 / 95. */
    private static MetricSpec availability(String commitment, int commitmentLine, int tableLine) {
        return metric("availability", "单实例服务可用性")
                .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                .commitment(commitment, commitmentLine)
                .tiers(tableLine,
                        tier("[99, " + commitment + ")", "10"),
                        tier("[95, 99)", "25"),
                        tier("[0, 95)", "100"));
    }
}
