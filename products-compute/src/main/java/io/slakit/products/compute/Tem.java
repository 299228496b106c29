package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 腾讯云微服务引擎-弹性微服务服务等级协议 (TSE Elastic Microservice, TEM), seed 002 line 5363. */
final class Tem {
    private Tem() {
    }

    static SlaDefinition definition() {
        return Sla.define("tem", Site.CN, Family.COMPUTE)
                .names("微服务引擎-弹性微服务", "Tencent Cloud Service Engine - Elastic Microservice")
                .source(Seeds.CN, 5363, "腾讯云微服务引擎-弹性微服务服务等级协议")
                .updated("2023-08-15T18:34:31")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (5390-5394): a continuous span of at least 3 minutes with abnormal instances of a running
                        // application, not caused by the user; under 3 minutes is not counted.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(3)).roundingUp())
                        .commitment("99.90", 5400)
                        // The table's last two rows are displaced past section 5 (5501-5503).
                        .tiers(5434,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 5437)
                .exclusion("4.1", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not develop the application following the documentation's norms or advice"), 5451)
                .exclusion("4.2", "customer-business-fault", "Faults of the customer's own business running on the platform", 5453)
                .exclusion("4.3", Clauses.ANNOUNCED_MAINTENANCE, 5455)
                .exclusion("4.4", Clauses.THIRD_PARTY_NETWORK, 5457)
                .exclusion("4.5", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the customer's improper maintenance"), 5459)
                .exclusion("4.6", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability not caused by Tencent Cloud, or other force majeure"), 5461)
                .exclusion("4.7", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or misconduct against the customer's interfaces or data"), 5463)
                .exclusion("4.8", Clauses.LEGAL_EXEMPTION, 5465)
                .exclusion("4.9", "customer-judgement-or-peripheral-product", "The customer's own choices and operations (health checks, limits, images, code), "
                        + "and unavailability caused by peripheral products (CLS, VPC, monitoring, load balancers)", 5467)
                .note("\"运行中的应用有一个以上的实例异常\" (1.3) may read \"one or more\" or \"more than one\" abnormal instance. The reading "
                        + "chosen is \"one or more\" (the usual sense of 以上 in these texts, which include the number); the input incidents "
                        + "are spans in which the condition held.")
                .note("\"如果低于3分钟，则不计入\": a span shorter than 3 minutes is ignored, exactly 3 minutes counts. The text gives no "
                        + "rounding; partial minutes round up as in the family's other texts.")
                .note("The text writes the commitment as 99.90% (2.2) and 99.9% in the table: the same number.")
                .evaluationExample("A span of abnormal instances lasting exactly 3 minutes counts", 5394, null, "availability",
                        YearMonth.of(2024, 4), ComputeExamples.oneOutage("tem-example", Duration.ofMinutes(3)), "3", null, null)
                .evaluationExample("A span of 2m59s is under 3 minutes and is not counted", 5394, null, "availability",
                        YearMonth.of(2024, 4), ComputeExamples.oneOutage("tem-example", Duration.ofSeconds(179)), "0", null, null)
                .note("Features in internal test are not covered and carry no availability or quality promise (preamble, 5370).")
                .build();
    }
}
