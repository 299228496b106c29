package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** 账号连接器服务等级协议 (Account Connector), seed 002 line 52695. */
final class AccountConnector {
    private AccountConnector() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("account-connector", Site.CN, Family.SECURITY)
                .names("账号连接器", "Account Connector")
                .source(Seeds.CN, 52695, "账号连接器服务等级协议")
                .liabilityCapOverMonths(12, 52809)
                .updated("2022-06-30T10:42:13")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(overOneMinuteRoundedUp())
                        .commitment("99.9", 52736)
                        // 3.1 (52831-52839): "低于99.9%但等于或高于99.5% 5%; 低于99.5%但等于或高于97% 10%;
                        // 低于97.0%但等于或高于95.0% 20%; 低于95.0% 50%".
                        .tiers(52833,
                                tier("[99.5, 99.9)", "5"),
                                tier("[97, 99.5)", "10"),
                                tier("[95, 97)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 52775)
                .exclusion("4.1", SECURITY_THREAT, 52783)
                .exclusion("4.2", "third-party-software-vendor", "The customer or any third-party software vendor (an interface erring or "
                        + "changed without telling Tencent Cloud in time)", 52785)
                .exclusion("4.3", NOT_CONFIGURED_AS_REQUIRED.worded("The customer did not configure as the documentation says, or "
                        + "operated wrongly"), 52787)
                .exclusion("4.4", PRODUCT_TERMS_BREACH.worded("The customer breached the Tencent Cloud service agreement, this service's "
                        + "terms or rules, so requests failed or the service was suspended, terminated or unavailable"), 52789)
                .exclusion("4.5", NON_PAYMENT, 52793)
                .exclusion("4.6", CARRIER_FAILURE, 52795)
                .exclusion("4.7", UNLAWFUL_USE, 52797)
                .exclusion("4.8", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance or an unavailability warning notified at "
                        + "least 7 days in advance"), 52799)
                .exclusion("4.9", FORCE_MAJEURE, 52801)
                .exclusion("4.10", NOT_TENCENT_CAUSE, 52803)
                .exclusion("4.11", LEGAL_EXEMPTION, 52805)
                .note("Scope (1.1, 52710-52712): single sign-on, unified directory, account lifecycle management, security audit and "
                        + "multi-factor authentication, with technical support.")
                .note(ONE_MINUTE_READING.replace("\"not exceeding 1 minute\"", "\"within 1 minute\"") + " (52720-52722)")
                .note("5.2-5.3 (52813-52821): the customer warrants it has the data subjects' authorisation for personal information and "
                        + "uses results lawfully; these shift liability and remove no time.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (52765-52767)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (5.1, 52807-52811)");
        // 61 and 60 minutes in January: 99.86%, in [99.5, 99.9): 5%.
        b = roundingExamples(b, null, "availability", 52724, 52730, "5", "5");
        return fiftyNineSecondsExample(b, null, "availability", 52722).build();
    }
}
