package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** Serverless 容器服务服务等级协议 (TKE Serverless), seed 002 line 2967. */
final class TkeServerless {
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    private TkeServerless() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("tke-serverless", Site.CN, Family.COMPUTE)
                .names("Serverless 容器服务", "TKE Serverless")
                .source(Seeds.CN, 2967, "Serverless 容器服务服务等级协议")
                .liabilityCapOverMonths(12, 3277)
                .updated("2025-06-27T17:43:21")
                .effective("2025-06-30", 3050)
                .metric(metric("single-pod", "单容器实例服务可用性")
                        // 1.2.3/1.2.4 (3002-3012): at most 1 minute is not counted; 1m01s counts 2 minutes.
                        .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(ONE_MINUTE).roundingUp())
                        .commitment("99.975", 3158)
                        .tiers(3200,
                                tier("[99, 99.975)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .metric(metric("multi-az", "单地域多可用区服务可用性")
                        // 1.2.5/1.2.6 (3018-3034): a Pod down while all the customer's Pods of another zone are down.
                        .measuredBy(Rules.multiZoneMinutes().ignoringAtOrUnder(ONE_MINUTE).roundingUp())
                        .commitment("99.995", 3164)
                        .tiers(3208,
                                tier("[99, 99.995)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .metric(Tke.durability("durability-object", "数据存储持久性（对象存储）", "99.9999999999", 3067))
                .metric(Tke.durability("durability-block", "数据存储持久性（块存储）", "99.9999999", 3069))
                .metric(Tke.durability("durability-file", "数据存储持久性（文件存储）", "99.9999999", 3071))
                .claim(5, 60, 3215)
                .exclusion("4", "free-or-beta-use", "Public beta, internal beta, invitation tests, free use or use within a free quota carry no commitment", 3227)
                .note("The text does not say how the single-Pod and multi-AZ credits combine. The reading chosen pays the higher of the two, "
                        + "as the CVM and CBM texts say for the same pair, never more than the month's fee (3.1(2)).")
                .note("Multi-AZ (1.2.5) applies only when the customer's workload Pods in the region span at least two zones.")
                .note("Durability (1.3) depends on the storage type used and is stated without any credit.")
                .allowanceExample("A 30-day month at 99.975% allows 43200 - 43189.2 = 10.8 minutes of downtime", 3160,
                        "single-pod", YearMonth.of(2024, 4), "10.8")
                .allowanceExample("A 30-day month at 99.995% allows 43200 - 43197.84 = 2.16 minutes of multi-AZ downtime", 3166,
                        "multi-az", YearMonth.of(2024, 4), "2.16")
                .evaluationExample("One Pod outage of 1m01s counts as 2 minutes", 3010, null, "single-pod", YearMonth.of(2024, 4),
                        ComputeExamples.oneOutage("pod-example", Duration.ofSeconds(61)), "2", null, null)
                .exclusion("5.1", FreePlatformClauses.NETWORK, 3233)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 3235)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 3237)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 3239)
                .exclusion("5.5", FreePlatformClauses.IGNORED_DOCS, 3241)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE, 3243)
                .exclusion("5.7", FreePlatformClauses.FORCE_MAJEURE, 3245)
                .exclusion("5.8", FreePlatformClauses.TELECOM_OR_PUBLIC_NETWORK, 3251)
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION, 3261)
                .exclusion("5.10", FreePlatformClauses.BREACH_SUSPENSION, 3263)
                .exclusion("5.11", FreePlatformClauses.ROUTINE_MAINTENANCE, 3265)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 3267)
                .exclusion("5.13", FreePlatformClauses.LEGAL_EXEMPTION, 3269);
        return sla.build();
    }
}
