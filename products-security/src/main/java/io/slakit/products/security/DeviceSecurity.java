package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.products.security.SecurityTerms.*;

/** 腾讯云设备安全服务等级协议 (Device Security), seed 002 line 17723. */
final class DeviceSecurity {
    private DeviceSecurity() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("device-security", Site.CN, Family.SECURITY)
                .names("设备安全", "Device Security")
                .source(Seeds.CN, 17723, "腾讯云设备安全服务等级协议")
                .liabilityCapOverMonths(12, 17845)
                .updated("2023-06-16T16:26:31")
                .effectiveFromUpdatedDate()
                // 1.5-1.6 (17756-17760): per natural minute, an error rate above 1% is unavailable; at or below 1% is not.
                // 3.1 (17863-17871): [95, 99) 5, [90, 95) 10, [85, 90) 25, [0, 85) 100.
                .metric(fives("availability", "服务可用性", Rules.errorRateAbove("1", Duration.ofMinutes(1)), "99", 17797, 17865))
                .claim(5, 60, 17815)
                .exclusion("4.1", SECURITY_THREAT, 17823)
                .exclusion("4.2", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY.worded("Equipment, software or technology of the customer or any "
                        + "third party"), 17825)
                .exclusion("4.3", NOT_CONFIGURED_AS_REQUIRED, 17827)
                .exclusion("4.4", PRODUCT_TERMS_BREACH.worded("The customer breached any Tencent Cloud product rules"), 17829)
                .exclusion("4.5", NON_PAYMENT.worded("The customer did not pay, is in arrears or took a refund"), 17831)
                .exclusion("4.6", UNLAWFUL_USE.worded("The customer used Tencent Cloud products unlawfully"), 17833)
                .exclusion("4.7", MAINTENANCE_WITH_NOTICE.worded("Maintenance or upgrade of the service's network, hardware or service, "
                        + "with the schedule notified in advance"), 17835)
                .exclusion("4.8", FORCE_MAJEURE, 17837)
                .exclusion("4.9", LEGAL_EXEMPTION, 17839)
                .exclusion("4.10", NOT_TENCENT_CAUSE, 17841)
                .note("Failed requests (1.4, 17748-17754): normal requests that did not reach the back end because of a system failure "
                        + "(authentication failures or parameter errors on Tencent Cloud's side), or answers of type InternalError. "
                        + "Give each natural minute (14:01-14:02) as a sample (all requests, failed requests).")
                .note("1.7 (17762-17766) words the downtime as resolved - started, partial minutes rounding up; with minutes judged "
                        + "one by one, an outage from 14:01:01 to 15:01:29 is the 61 minutes 14:01 to 15:01.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (17805-17807)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_12_MONTHS + " (5.1, 17843-17847)");
        // 61 and 60 bad minutes in January are within the 446.4 minutes 99% allows.
        return perMinuteExamples(b, "availability", 17762, 17768, 1000, 11, "0", "0").build();
    }
}
