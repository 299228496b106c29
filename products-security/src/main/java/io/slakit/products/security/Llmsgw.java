package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.products.security.SecurityTerms.*;

/** 腾讯云大模型安全网关服务等级协议 (Large Model Security Gateway, LLMSGW), seed 002 line 20241. */
final class Llmsgw {
    private Llmsgw() {
    }

    static SlaDefinition definition() {
        return Sla.define("llmsgw", Site.CN, Family.SECURITY)
                .names("大模型安全网关", "Large Model Security Gateway")
                .source(Seeds.CN, 20241, "腾讯云大模型安全网关服务等级协议")
                .liabilityCapOverMonths(12, 20364)
                .updated("2025-06-18T14:54:11")
                .effectiveFromUpdatedDate()
                // 1.4 (20270-20272): a minute in which every request to the API security service failed is unavailable;
                // less than a minute is not counted. 3.1 (20312, 20376-20380).
                .metric(tens("availability", "服务可用性", Rules.everyAttemptFailed(Duration.ofMinutes(1)), "99.90", 20278, 20376))
                .claim(5, 60, 20322)
                .exclusion("4.1", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not develop as the documentation's development "
                        + "rules or advice say, or operated wrongly"), 20330)
                .exclusion("4.2", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after notifying the customer: cutover, repair, "
                        + "upgrade, failure drills"), 20332)
                .exclusion("4.3", Clauses.THIRD_PARTY_NETWORK.worded("Network or equipment failure or configuration change outside Tencent "
                        + "Cloud's equipment, including the customer's back-end services not running or unstable"), 20334)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 20338)
                .exclusion("4.5", NOT_TENCENT_CAUSE.worded("Unavailability or a missed level not caused by Tencent Cloud, or other force "
                        + "majeure"), 20340)
                .exclusion("4.6", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interfaces or data are attacked or "
                        + "misused"), 20342)
                .exclusion("4.7", Clauses.CONTENT_VIOLATION.worded("The customer's back end provides pornography, gambling, drugs or other "
                        + "illegal services or information and is shut down"), 20344)
                .exclusion("4.8", LEGAL_EXEMPTION, 20346)
                .exclusion("4.9", "customer-own-judgement", "The customer's own judgement and operations: architecture fit, health-check "
                        + "and filter configuration, its back-end applications, certificate, domain or security-group errors, use "
                        + "beyond the service's limits", 20348)
                .note("Failed requests (1.3, 20266-20268): only calls failing because of the service's own fault; network failures, "
                        + "the customer's back-end failures and configuration errors are not failed requests. Give one-minute samples "
                        + "(requests, failed requests) aligned to the minute; a minute is down when every request in it failed.")
                .note("4.9(4) (20360-20362): request failures from certificate, domain or security-group configuration, and "
                        + "unavailability from use beyond the service's limits, are not failed requests at all.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (20286-20288)")
                .note(BACKEND_RECORDS)
                .note("Liability (5.1, 20364-20366): at most the fees paid for the service in the past 12 months.")
                .build();
    }
}
