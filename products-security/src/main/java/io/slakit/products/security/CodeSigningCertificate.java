package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.products.security.SecurityTerms.*;

/** 腾讯云代码签名证书服务等级协议 (Code Signing Certificate), seed 002 line 21151. */
final class CodeSigningCertificate {
    private CodeSigningCertificate() {
    }

    static final Duration THRESHOLD = Duration.ofMinutes(5);
    static final Duration MERGE_GAP = Duration.ofMinutes(30);

    static SlaDefinition definition() {
        return Sla.define("code-signing-certificate", Site.CN, Family.SECURITY)
                .names("腾讯云代码签名证书", "Code Signing Certificate")
                .source(Seeds.CN, 21151, "腾讯云代码签名证书服务等级协议")
                .updated("2024-11-19T16:26:02")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "代码签名证书可用性")
                        .measuredBy(new CodeSigningOutages(THRESHOLD, MERGE_GAP))
                        // 2.1 (21180, 21182): no continuous unavailability of (more than) 5 minutes in a service month.
                        .commitment("100", 21182)
                        .credit(new CodeSigningCredit(), 21267))
                .claim(5, 60, 21235)
                .exclusion("2.1 note", Clause.of("customer-certificate-misuse", "Certificate unavailability the user caused, such "
                        + "as a forgotten certificate password, a leaked private key or malware signed with the certificate"), 21214)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("Service interruption for system maintenance or upgrades "
                        + "Tencent Cloud notified the customer of in advance"), 21243)
                .exclusion("4.2", Clause.of("improper-calls", "The user did not call the service as required"), 21245)
                .exclusion("4.3", Clause.of("customer-network-or-application", "A failure of the user's own network or application"), 21247)
                .exclusion("4.4", FORCE_MAJEURE, 21249)
                .exclusion("4.5", NOT_TENCENT_CAUSE, 21251)
                .exclusion("4.6", LEGAL_EXEMPTION, 21253)
                .note("Reading of the commitment (2.1, 21180-21182): 21180 says no outage \"持续的超过五分钟或更长\" and 21182 no "
                        + "\"连续的5分钟\" outage; the tiers (21269) start at \"超过5分钟\", so an outage of exactly 5 minutes keeps the "
                        + "promise and one longer than 5 minutes breaks it. The commitment is not a percentage; it is recorded as "
                        + "100 and met only when no merged outage lasts more than 5 minutes.")
                .note("Merging (2.1 说明, 21210-21212): two outages less than 30 minutes apart are one outage whose time is the sum "
                        + "of both, the gap not counted (2 minutes, a 15-minute gap, 3 minutes: one outage of 5 minutes). Chains "
                        + "merge transitively. Excluded time is removed before merging, so it counts as neither outage nor gap time "
                        + "for the threshold but does separate outages only when the remaining gap is 30 minutes or more.")
                .note("Reading of the credit (3.1, 21267-21282): each row reads \"one continuous outage over X, or the outages each "
                        + "over 5 minutes adding up to over X\". The sum of the merged outages longer than 5 minutes is never less "
                        + "than the longest one, so the credit is taken by that sum: (5 min, 2 h] 10%, (2 h, 10 h] 25%, over 10 h "
                        + "100%. Outages of 5 minutes or less add nothing. Minutes are exact (no rounding is stated).")
                .note("Only customers who bought a code-signing certificate and paid for it are credited (21216): a free certificate "
                        + "earns nothing; the engine is given the paid fee as the basis, so a zero fee credits zero.")
                .note("Credits are vouchers for this service only, not cash, no invoice, not transferable (3.1, 21188-21190); at "
                        + "most the month's fee for the service (21192, 21225), excluding amounts paid with vouchers or discounts.")
                .note(BACKEND_RECORDS + " (3.2, 21229-21233)")
                .note("Liability: Tencent Cloud's total liability for breach is at most the service fees paid for the service in "
                        + "breach (5.1, 21255-21257).")
                .note(SERVICE_MONTH_17)
                .build();
    }
}
