package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云原生构建服务等级协议 (Cloud Native Build, CNB), seed 002 line 41524. */
final class Cnb {
    private Cnb() {
    }

    static SlaDefinition definition() {
        return Sla.define("cnb", Site.CN, Family.OBSERVABILITY)
                .names("云原生构建", "Cloud Native Build")
                .source(Seeds.CN, 41524, "云原生构建服务等级协议")
                .updated("2025-05-27T14:54:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 2.1 (41607-41609): 1 - sum of the month's 5-minute error rates / (days x 24 x 12); 1.2 note 1 (41549):
                        // only a 5-minute error rate above 0.05 % (not included) enters the sum; note 2 (41551): windows from 00:00.
                        .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)).countingOnlyRatesAbove("0.05"))
                        .commitment("99.8", 41611)
                        .tiers(41675,
                                tier("[99.0, 99.8)", "10"),
                                tier("[95.0, 99.0)", "25"),
                                tier("[0, 95.0)", "50")))
                .claim(5, 60, 41625)
                .exclusion("1.3(2)", "service-upgrade-or-change", "Requests failing during CNB's own upgrades, changes or shutdowns", 41567)
                .exclusion("1.3(5)", "hacker-attack-requests", "Requests made to CNB by hacker attacks", 41573)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 41639)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded("Network or equipment failure or configuration change outside CNB's equipment"), 41641)
                .exclusion("4.3", "routine-maintenance-or-dependencies", "Routine system maintenance, and outages of the cloud services CNB implicitly depends on "
                        + "(CVM, cloud disks, load balancers, VPC, Cloud Monitor)", 41643)
                .exclusion("4.4", "external-repository-unreachable", "Builds failing or blocked because the user's code repository, a third-party open-source "
                        + "repository or a third-party image registry cannot be reached", 41645)
                .exclusion("4.5", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interfaces or data are attacked or otherwise misused"), 41647)
                .exclusion("4.6", Clauses.CUSTOMER_CREDENTIALS, 41649)
                .exclusion("4.7", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software"), 41651)
                .exclusion("4.8", Clauses.CUSTOMER_IGNORED_DOCS, 41653)
                .exclusion("4.9", "domain-blocked", "Errors from a domain blocked for the customer's content violations or other reasons", 41655)
                .exclusion("4.10", Clauses.TRAFFIC_SURGE_UNANNOUNCED, 41657)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability not caused by CNB or the product"), 41659)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 41661)
                .note("1.3 (41561-41573): only Internal Error (500) and Service Unavailable (503) answers are failed requests. Rate-limited "
                        + "requests (1), unauthenticated, unauthorised or arrears-suspended requests (3) and pipeline runs failing on an external "
                        + "source or service (4) are not failed requests, and 1.4 (41575) leaves unauthenticated, unauthorised and suspended "
                        + "requests out of user requests too: leave them out of each window sample's counts. (2) and (5) are events with a "
                        + "span, so they are also clauses a month file can attribute time to.")
                .note("2.1 (41605): availability is measured per top-level organisation: evaluate each organisation as one resource with "
                        + "its month's CNB fee (1.6, 41597).")
                .note("3 (41615): only customers who paid for the service are credited; 3.1(2) (41619-41621) caps the voucher at the "
                        + "month's fee; 5.1 (41663): total liability is at most the fees paid for the service concerned.")
                .build();
    }
}
