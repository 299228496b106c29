package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 微搭低代码服务等级协议 (WeDa low-code), seed 002 line 38188. */
final class WeDa {
    private WeDa() {
    }

    static SlaDefinition definition() {
        return Sla.define("weda", Site.CN, Family.OBSERVABILITY)
                .names("微搭低代码", "WeDa low-code platform")
                .source(Seeds.CN, 38188, "微搭低代码服务等级协议")
                .updated("2025-06-24T10:28:52")
                .effective("2025-06-17", 38203)
                .metric(metric("availability", "服务可用性")
                        // 1.3-1.5 (38217-38225): per account, a minute whose server-side error rate is above 5% is unavailable;
                        // error rate = failed / valid requests of the minute; failed = server-side errors such as HTTP 500.
                        .measuredBy(Rules.errorRateAbove("5", Duration.ofMinutes(1)))
                        .commitment("99.95", 38231)
                        .tiers(38328,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 38264)
                .exclusion("4.1", Clauses.CUSTOMER_OPERATION.worded("The customer's own operations, such as deleting applications in the "
                        + "console or through the API"), 38278)
                .exclusion("4.2", Clauses.THIRD_PARTY_SOFTWARE.worded("Errors from third-party applications or configuration the customer "
                        + "installed"), 38280)
                .exclusion("4.3", "private-deployment", "Errors in a privately deployed WeDa runtime environment", 38282)
                .exclusion("4.4", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified to the customer in advance"), 38284)
                .exclusion("4.5", Clauses.THIRD_PARTY_NETWORK, 38286)
                .exclusion("4.6", "third-party-cause", "Third parties acting on the customer's interfaces or data beyond Tencent Cloud's "
                        + "reasonable security measures, such as hacker attacks or the negligence of the customer's supplier", 38288)
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS, 38292)
                .exclusion("4.8", "customer-misoperation", "The customer's negligent misoperation or operations the customer authorised", 38294)
                .exclusion("4.9", Clauses.CUSTOMER_IGNORED_DOCS, 38296)
                .exclusion("4.10", "capacity-exceeded", "Use beyond the capacity of the paid edition or the quota of a resource pack", 38298)
                .exclusion("4.11", Clauses.NOT_TENCENT_CAUSE, 38300)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 38302)
                .exclusion("4.13", Clauses.FORCE_MAJEURE.worded("Other force majeure"), 38304)
                .note("Scope (38203, 38233): the SLA does not apply to non-commercial versions of WeDa; credits are for public-cloud "
                        + "customers who have used the service and been charged.")
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the account's valid server-side requests "
                        + "and failed ones; a minute is unavailable when failed / valid is above 5% (exactly 5% is not). 1.5 (38223-38225): "
                        + "errors caused by applications the customer designed or configured on WeDa are not failed requests: leave them "
                        + "out of the failed count.")
                .note("Clauses 4.1 and 4.8 both concern the customer's operations: 4.1 its own operations (deleting applications), "
                        + "4.8 negligent misoperation or authorised operations; they carry the codes customer-operation and "
                        + "customer-misoperation so each clause keeps one.")
                .note("3.2(2) (38270): a claim also requires the environment claimed for to be running normally. 3.1(2) (38260-38262): "
                        + "the voucher is capped at the month's fee, excluding voucher, coupon or fee-waiver deductions. 6.2 (38316-38318): "
                        + "total liability is at most the fees paid for the service concerned.")
                .note("5 (38306-38310): the service is for the customer's own business only; resale, sublease, unlicensed operation or "
                        + "illegal use lets Tencent Cloud suspend or terminate it without liability.")
                .evaluationExample("One minute whose error rate is above 5%: 1 unavailable minute", 38219, null, "availability",
                        YearMonth.of(2025, 9), ResourceMonth.builder("example", Money.of("100.00", "CNY"))
                                .window(WindowSample.of(ObservabilityTerms.beijing("2025-09-10T10:00:00"), 100, 6)).build(),
                        "1", null, "0")
                .build();
    }
}
