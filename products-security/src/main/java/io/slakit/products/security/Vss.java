package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.products.security.SecurityTerms.*;

/** 漏洞扫描服务服务等级协议 (Vulnerability Scan Service, VSS), seed 002 line 19401. */
final class Vss {
    private Vss() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("vss", Site.CN, Family.SECURITY)
                .names("漏洞扫描服务", "Vulnerability Scan Service")
                .source(Seeds.CN, 19401, "漏洞扫描服务服务等级协议")
                .liabilityCapOverMonths(12, 19523)
                .updated("2024-05-13T16:46:42")
                .effectiveFromUpdatedDate()
                // 1.2 (19418-19422): billing months from the activation day (Mar 17 - Apr 16, Apr 17 - May 16, ...).
                .months(MonthRule.ANNIVERSARY)
                // 2.1 (19430): (scan quota - unavailable scans) / scan quota. 3.1 (19466-19470, 19535).
                .metric(tens("availability", "服务可用性", Rules.monthlyRatio(Duration.ofDays(1)), "99.95", 19432, 19468))
                .claim(5, 60, 19481);
        return firstSeven(b, 19497, 19499, 19501, 19503, 19505, 19507, 19509)
                .exclusion("4.8", FORCE_MAJEURE, 19511)
                .exclusion("4.9", "unauthorised-assets", "The assets the customer added or scanned were not lawfully authorised", 19513)
                .exclusion("4.10", io.slakit.core.dsl.Clauses.AGREEMENT_BREACH_SUSPENSION.worded("The customer breached the Tencent "
                        + "Cloud service agreement, this service's terms or rules, so requests failed or the service was suspended "
                        + "or terminated"), 19515)
                .exclusion("4.11", LEGAL_EXEMPTION, 19517)
                .exclusion("4.12", NOT_TENCENT_CAUSE, 19519)
                .note("Measure (1.3-1.5, 2.1, 19424-19430): availability = (scan quota of the billing month - unavailable scans) / "
                        + "scan quota, where an unavailable scan is a new scan task that failed because of the service itself but "
                        + "still used up a scan. The denominator is the quota the customer may use, not the scans run. Give one daily "
                        + "sample in the billing month with total = the month's scan quota and failed = the unavailable scans; scans "
                        + "that failed for an excluded reason are not unavailable scans and are left out of failed.")
                .note("Reading of the billing months (1.2, 19418-19422): three months bought on Mar 17 give Mar 17 - Apr 16, Apr 17 - "
                        + "May 16 and, as printed, \"Jun 17 - Jul 16\" for the third; the third is read as May 17 - Jun 16, the month "
                        + "that follows (anniversary months).")
                .note("Claims (3.2, 19475): after the 5th business day after the billing month ends, within 60 calendar days after "
                        + "it. The claim window reported opens after the 5th business day of the next calendar month (the core's "
                        + "claim rule); for a billing month ending mid-month the text's opening day is earlier.")
                .note("Claims (3.3, 19487-19493) need a detailed report of the scanning process, dates, times, durations and "
                        + "screenshots, and anything reasonably asked for.")
                .note(VOUCHER_THIS_SERVICE)
                .note("Monthly fee (3.1(2), 19440-19442): the cash actually paid for the billing month, excluding vouchers, coupons and "
                        + "fee waivers; the credit is capped at it.")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (5.1, 19521-19525)")
                .build();
    }
}
