package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.products.security.SecurityTerms.*;

/** Web 应用防火墙服务等级协议 (Web Application Firewall, WAF), seed 002 line 19223. */
final class Waf {
    private Waf() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("waf", Site.CN, Family.SECURITY)
                .names("Web 应用防火墙", "Web Application Firewall")
                .source(Seeds.CN, 19223, "Web 应用防火墙服务等级协议")
                .updated("2023-05-11T15:26:37")
                .effectiveFromUpdatedDate()
                // 1.3 (19250-19282): requests cannot reach the origin, or the origin returns 4xx/5xx, because of WAF itself;
                // at most 1 minute is not counted; 1.4 (19256): partial minutes round up.
                .metric(tens("availability", "服务可用性", overOneMinuteRoundedUp(), "99.95", 19270, 19377))
                .claim(5, 60, 19315)
                .exclusion("4.1", SECURITY_THREAT, 19325)
                .exclusion("4.2", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY, 19327)
                .exclusion("4.3", NOT_CONFIGURED_AS_RULES, 19329)
                .exclusion("4.4", "sandboxed-over-spec", "The instance's request peak exceeded the purchased specification "
                        + "(business growth or attack traffic) and the instance entered the sandbox", 19331)
                .exclusion("4.5", "bound-to-vip", "The customer bound its business to the WAF instance's VIP address and the VIP changed", 19335)
                .exclusion("4.6", "security-group-push-failed", "Security-group rules Tencent Cloud was authorised to create for the origin "
                        + "failed to apply for reasons other than WAF (the customer's group or instance blocks them, changed them, "
                        + "revoked or skipped the service-role authorisation)", 19337)
                .exclusion("4.7", NON_PAYMENT, 19343)
                .exclusion("4.8", CARRIER_FAILURE, 19345)
                .exclusion("4.9", ORIGIN_PROBLEMS, 19347)
                .exclusion("4.10", ROUTINE_MAINTENANCE, 19349)
                .exclusion("4.11", FORCE_MAJEURE, 19351)
                .exclusion("4.12", NOT_TENCENT_CAUSE, 19353)
                .exclusion("4.13", LEGAL_EXEMPTION, 19355)
                .note("Unavailability (1.3, 19280-19282): because of WAF itself, business requests cannot reach the business server, "
                        + "or the business server returns 4xx or 5xx status codes. Give each such period as an incident.")
                .note(ONE_MINUTE_READING + " (19250-19252)")
                .note("Special terms 5.1-5.3 (19357-19371), SaaS WAF: the WAF VIP and back-to-origin EIP ranges may change; a customer who "
                        + "binds its business to the VIP, or does not open the new EIP ranges in its security groups, will be unavailable "
                        + "when they change. Those outages fall under 4.5 and 4.6 (or 4.3), not under separate clauses.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (19305-19307)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (6.1, 19388)");
        b = roundingExamples(b, null, "availability", 19256, 19262, "10", "10");
        return fiftyNineSecondsExample(b, null, "availability", 19252).build();
    }
}
