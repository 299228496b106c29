package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/**
 * The two per-instance console platforms whose texts match word for word: 腾讯云账号风控平台 (account risk control
 * platform, seed 002 line 17572) and 数字身份管控平台 (digital identity platform, line 23366). An instance is unavailable
 * when every console operation attempt fails for more than 1 minute; [95, 99.9) 10%, [90, 95) 25%, below 90% 100%.
 */
final class ConsolePlatforms {
    private ConsolePlatforms() {
    }

    static SlaDefinition accountRiskControl() {
        SlaBuilder b = Sla.define("account-risk-control-platform", Site.CN, Family.SECURITY)
                .names("账号风控平台", "Account Risk Control Platform")
                .source(Seeds.CN, 17572, "腾讯云账号风控平台服务等级协议")
                .liabilityCapOverMonths(12, 17694)
                .updated("2022-06-14T17:50:16")
                .effectiveFromUpdatedDate()
                .metric(availability(17617, 17710))
                .claim(5, 60, 17662)
                .note("Scope (1.1, 1.3, 17587-17595): the unified platform for user registration, login, account data and consent; "
                        + "availability is per instance (one unit of the service).")
                .note(CASH_FEE + " (17652-17654)")
                .note(LIABILITY_12_MONTHS + " (5.1, 17692-17696)");
        b = shared(b, 17597, 17603, 17670, 17672, 17674, 17676, 17678, 17680, 17682, 17684, 17686, 17688, 17690);
        return fiftyNineSecondsExample(roundingExamplesFirst(b, 17603), null, "availability", 17601).build();
    }

    static SlaDefinition digitalIdentity() {
        SlaBuilder b = Sla.define("digital-identity-platform", Site.CN, Family.SECURITY)
                .names("数字身份管控平台", "Digital Identity Management Platform")
                .source(Seeds.CN, 23366, "数字身份管控平台服务等级协议")
                .liabilityCapOverMonths(12, 23492)
                .updated("2021-05-20T14:34:39")
                .effectiveFromUpdatedDate()
                .edition("employee", "数字身份管控平台（员工版）", availability(23440, 23510))
                .edition("public", "数字身份管控平台（公众版）", availability(23440, 23510))
                .claim(5, 60, 23460)
                .note("Editions (1.1, 1.3, 23381-23393): the employee and the public version are different instances with the same "
                        + "commitment; availability is per instance.")
                .note(CASH_FEE + " (23450-23452)")
                .note(LIABILITY_12_MONTHS + " (5.1, 23490-23494)");
        b = shared(b, 23395, 23401, 23468, 23470, 23472, 23474, 23476, 23478, 23480, 23482, 23484, 23486, 23488);
        b = b.evaluationExample("14:01:01 to 15:01:29 is 60 minutes 28 seconds and counts 61 minutes", 23401, "employee",
                "availability", java.time.YearMonth.of(2024, 1), outage("2024-01-10T14:01:01", "2024-01-10T15:01:29"), "61", null, "10");
        return fiftyNineSecondsExample(b, "public", "availability", 23399).build();
    }

    /** 3.1: "低于99.90%但等于或高于95% 10%; 低于95%但等于或高于90% 25%; 低于90% 100%". */
    private static MetricSpec availability(int commitmentLine, int tableLine) {
        return metric("availability", "单实例服务可用性")
                .measuredBy(overOneMinuteRoundedUp())
                .commitment("99.9", commitmentLine)
                .tiers(tableLine,
                        tier("[95, 99.9)", "10"),
                        tier("[90, 95)", "25"),
                        tier("[0, 90)", "100"));
    }

    private static SlaBuilder roundingExamplesFirst(SlaBuilder b, int line) {
        return b.evaluationExample("14:01:01 to 15:01:29 is 60 minutes 28 seconds and counts 61 minutes", line, null,
                "availability", java.time.YearMonth.of(2024, 1), outage("2024-01-10T14:01:01", "2024-01-10T15:01:29"), "61", null, "10");
    }

    /** The unavailability reading and 4.1 to 4.11, the same in both texts. */
    private static SlaBuilder shared(SlaBuilder b, int unavailableLine, int minutesLine, int... c) {
        return b.exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after notifying the customer"), c[0])
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, c[1])
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interfaces or data are attacked, or "
                        + "other causes on the customer's side"), c[2])
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION.worded("Wrong operations from the customer's negligence, or operations "
                        + "the customer authorised"), c[3])
                .exclusion("4.5", Clauses.CUSTOMER_IGNORED_DOCS, c[4])
                .exclusion("4.6", "capacity-exceeded", "Use beyond the capacity of the paid version", c[5])
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS, c[6])
                .exclusion("4.8", Clauses.FORCE_MAJEURE, c[7])
                .exclusion("4.9", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("The customer breached the Tencent Cloud service agreement, "
                        + "this service's terms or rules, so requests failed or the service was suspended or terminated"), c[8])
                .exclusion("4.10", LEGAL_EXEMPTION, c[9])
                .exclusion("4.11", NOT_TENCENT_CAUSE, c[10])
                .note("Unavailability (1.4, " + unavailableLine + "): every attempt to operate the instance's console pages fails; "
                        + "any attempt succeeding, wholly or partly, means the instance is usable. Give each such period as an incident.")
                .note(ONE_MINUTE_READING + " (" + unavailableLine + "; " + minutesLine + ")")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(BACKEND_RECORDS);
    }
}
