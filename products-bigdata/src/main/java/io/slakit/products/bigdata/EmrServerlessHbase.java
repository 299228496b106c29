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

/** 弹性 MapReduce Serverless HBase 服务等级协议 (seed 002 line 23964): 99.9 % per instance, 10 / 25 / 100 %. */
final class EmrServerlessHbase {
    private EmrServerlessHbase() {
    }

    static SlaDefinition definition() {
        return Sla.define("emr-serverless-hbase", Site.CN, Family.BIGDATA)
                .names("弹性 MapReduce Serverless HBase", "EMR Serverless HBase")
                .source(Seeds.CN, 23964, "弹性 MapReduce Serverless HBase 服务等级协议")
                .updated("2024-11-28T16:38:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.2.2 (23991) and 1.2.4 (23995-23997): a minute in which every attempt to connect to the specified
                        // instance failed is unavailable; a minute with any successful connection is available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 24005)
                        // 3.1 (24097-24103): the rows are displaced past section 5.
                        .tiers(24099,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 24051)
                .exclusion("4.1", BigdataTerms.BEYOND_REASONABLE_CONTROL, 24059)
                .exclusion("4.2", BigdataTerms.NEGLIGENT_AUTHORISATION, 24061)
                .exclusion("4.3", BigdataTerms.CAPACITY_INSUFFICIENT, 24063)
                .exclusion("4.4", Clauses.CUSTOMER_IGNORED_DOCS, 24065)
                .exclusion("4.5", "upstream-software-bug", "Latent, undisclosed bugs of the underlying HBase software (failed data requests)", 24067)
                .exclusion("4.6", BigdataTerms.UNSUPPORTED_USAGE.worded("Use outside the usage, version compatibility or API norms the HBase version supports"), 24069)
                .exclusion("4.7", Clauses.ANNOUNCED_MAINTENANCE, 24071)
                .exclusion("4.8", BigdataTerms.NON_RELEASE_VERSION, 24073)
                .exclusion("4.9", "local-disk-dependency", "Local disks may lose data: unavailability from depending on a local disk or its "
                        + "data to start", 24075)
                .exclusion("4.10", "restart-time", "Time spent restarting or force-restarting the instance during operations", 24077)
                .exclusion("4.11", Clauses.CUSTOMER_APP_ATTACKED, 24079)
                .exclusion("4.12", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed levels not caused by Tencent Cloud"), 24081)
                .exclusion("4.13", Clauses.LEGAL_EXEMPTION, 24083)
                .note("Availability is per specified instance (1.2.2, 23991): each instance is one resource. The monthly fee (1.2.5, "
                        + "23999) is the total paid for the service in the month, excluding purchased-but-unconsumed amounts and voucher, "
                        + "coupon or fee-waiver deductions; the text does not split it per instance. Reading chosen: give as the "
                        + "resource's fee what was paid for that instance in the month (with one instance, the whole monthly fee).")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID)
                .build();
    }
}
