package io.slakit.products.network;

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

/** 全球应用加速服务等级协议 (Global Application Acceleration Platform), seed 002 line 12730. */
final class Gaap {
    private Gaap() {
    }

    static SlaDefinition definition() {
        return Sla.define("gaap", Site.CN, Family.NETWORK)
                .names("全球应用加速", "Global Application Acceleration Platform")
                .source(Seeds.CN, 12730, "全球应用加速服务等级协议")
                .updated("2024-10-18T18:35:31")
                .effectiveFromUpdatedDate()
                .edition("matrix", "A region pair inside the matrix: mainland China; Hong Kong (China), Korea, Japan; Singapore, "
                                + "Thailand, India (Mumbai); North America (Silicon Valley, Virginia), Germany",
                        metric("availability", "加速通道服务可用性")
                                // 1.2 (12749-12751): a minute in which every attempt through the channel fails (100% loss) is down.
                                .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                                .commitment("99.95", 12793)
                                .tiers(12876,
                                        tier("[99, 99.95)", "10"),
                                        tier("[95, 99)", "25"),
                                        tier("[0, 95)", "100")))
                .edition("other", "A pair with an 'other' region (Taiwan (China), Sydney, London, Sao Paulo, Dallas, Jakarta, Chennai): "
                        + "\"/\" in the matrix, no commitment and no credit")
                .claim(5, 60, 12820)
                .exclusion("4.1", "origin-fault", "The customer's origin failed", 12834)
                .exclusion("4.2", "domain-blocked", "A domain blocked for content violations or other reasons", 12836)
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, 12838)
                .exclusion("4.4", "customer-os-upgrade", "The customer upgraded the operating system", 12840)
                .exclusion("4.5", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's origin is attacked by hackers"), 12842)
                .exclusion("4.6", Clauses.ANNOUNCED_MAINTENANCE, 12844)
                .exclusion("4.7", Clauses.THIRD_PARTY_NETWORK, 12846)
                .exclusion("4.8", Clauses.FORCE_MAJEURE, 12848)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE.worded("Other unavailability not caused by Tencent Cloud"), 12850)
                .exclusion("4.10", Clauses.CUSTOMER_IGNORED_DOCS, 12852)
                .exclusion("4.11", "arrears", "Unavailability because the Tencent Cloud account is in arrears", 12854)
                .exclusion("4.12", Clauses.LEGAL_EXEMPTION, 12856)
                .note("2.2 (12787-12808): every pair among mainland China, HK/Korea/Japan, Singapore/Thailand/India and North America/Germany "
                        + "is promised 99.95%; any pair with an 'other' region is '/', no commitment. The channel's pair picks the edition.")
                .note("Availability is per acceleration channel (1.2): give each channel as its own resource, with one 1-minute window per "
                        + "minute observed (attempts and losses). 1.5 defines the fee as all the customer paid for the service in the month; "
                        + "reading: give each channel the fee paid for it, and the cap 3.1(2) bounds each credit by that fee.")
                .build();
    }
}
