package io.slakit.products.industry;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 微瓴同业开放平台服务等级协议, seed 002 line 54293. */
final class Weiling {
    private Weiling() {
    }

    static SlaDefinition definition() {
        return Sla.define("weiling", Site.CN, Family.INDUSTRY)
                .names("微瓴同业开放平台", "Weiling open platform for building and campus operators")
                .source(Seeds.CN, 54293, "微瓴同业开放平台服务等级协议")
                .updated("2023-07-21T10:55:21")
                .effectiveFromUpdatedDate()
                // 1.2 (54312-54314): a service period is a calendar month; a period shorter than a month is no period and its
                // availability is not computed.
                .months(MonthRule.WHOLE_CALENDAR_ONLY)
                .metric(metric("availability", "服务可用性")
                        // 1.5, 1.6, 2.1 (54340-54346): availability = 1 - (sum of the 5-minute error rates / (12 x 24 x days)).
                        .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)))
                        .commitment("99.9", 54367)
                        .tiers(54439,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 54379)
                .exclusion("1.3(1)", "qps-exceeded", "Requests failed for exceeding the service's QPS through an unsuitable access pattern", 54318)
                .exclusion("1.3(2)", "service-upgrade", "Errors or unavailability from reasonable upgrades, changes or shutdowns the service starts", 54320)
                .exclusion("1.3(3)", "attacked-requests-failed", "Requests failed because the customer's application was attacked by hackers", 54322)
                .exclusion("1.3(4)", "carrier-network", "Requests not delivered to, connected by or reported from devices because of carrier network failures", 54324)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 54393)
                .exclusion("4.2", "dependency-failure", "Maintenance or failure of external objects the service relies on", 54395)
                .exclusion("4.3", "customer-third-party-or-force-majeure", "Unavailability caused by the customer, a third party or force majeure", 54397)
                .exclusion("4.4", Clauses.CUSTOMER_FAULT.worded("The customer's own network, systems, software or devices failed"), 54399)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS, 54401)
                .exclusion("4.6", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's devices or applications are attacked by hackers"), 54403)
                .exclusion("4.7", Clauses.CUSTOMER_IGNORED_DOCS, 54405)
                .exclusion("4.8", Clauses.CUSTOMER_OPERATION, 54407)
                .exclusion("4.9", "regulator-control", "Controls by regulators (MIIT, communications administrations) and carriers", 54409)
                .exclusion("4.10", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Network or equipment failure or configuration change outside Tencent Cloud's networks and equipment"), 54411)
                .exclusion("4.11", Clauses.FORCE_MAJEURE, 54413)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE, 54415)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 54417)
                .note("Give one window sample per 5 minutes (aligned, Beijing time) with the valid requests and the failed ones (错误码"
                        + "为\"内部错误\" and normal requests that did not reach the server because of a service failure, 1.3, 54316). "
                        + "Windows without a sample add a 0% rate but still count in the 12 x 24 x days windows (1.6, 54342).")
                .note("1.4 (54326-54338) is not coded as clauses: it says which requests are not valid requests (unopened or "
                        + "unauthorised services, failed authentication and wrong keys; requests an attacked application sends; "
                        + "requests throttled for frequency or rejected by a broken network; device reports and platform pushes over 1 QPS "
                        + "per device; malformed data). Leave them out of a window's total and failed counts before giving the sample.")
                .note("1.3(1)-(4) (54318-54324) say which failed requests are not failed; they are coded as clauses so that a span "
                        + "marked with one counts as a window without failures (the core's reading of an excluded window).")
                .note("Reading of 1.2 (54312): a month the service did not cover whole (activeFrom or activeUntil inside it) is not "
                        + "evaluated and earns no credit.")
                .note("3.1(2) (54375-54377): the voucher is capped at the period's fee paid for the service, excluding voucher, coupon "
                        + "or fee-waiver deductions. 7.1 (54458-54460): liability is at most the fees paid for the service in breach.")
                .build();
    }
}
