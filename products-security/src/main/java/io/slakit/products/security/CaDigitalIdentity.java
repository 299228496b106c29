package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import java.time.YearMonth;

import static io.slakit.products.security.SecurityTerms.*;

/** CA 数字身份服务等级协议 (CA Digital Identity and CA Encryption, by Inner Mongolia Wangxin), seed 002 line 52457. */
final class CaDigitalIdentity {
    private CaDigitalIdentity() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("ca-digital-identity", Site.CN, Family.SECURITY)
                .names("CA 数字身份", "CA Digital Identity")
                .source(Seeds.CN, 52457, "CA 数字身份服务等级协议")
                .updated("2025-07-02T11:22:02")
                .effectiveFromUpdatedDate()
                .metric(TencentCloudCa.availability("99.9", 52502, 52595))
                .claim(5, 60, 52547);
        return caClauses(b, 52559, 52565, 52567, 52569, 52571, 52573, 52575, 52577, 52579, 52581, 52583, 52585, 52587,
                        52591, 52618, 52620, 52622, 52624, 52630, 52642, 52644, 52646, 52648, 52656)
                .note(CA_ISSUER + " (52460)")
                .note("Scope (1.1-1.3, 52478-52482): the CA digital identity (identity verification and certificate issuing) and the "
                        + "CA encryption service built on it (file encryption, encrypted evidence, verification, reports), under one "
                        + "commitment; the same terms as 腾讯云 CA (002:52230).")
                .note(CA_PER_MINUTE + " (52490-52492)")
                .note(CA_EXAMPLE_ROUNDED + " (52498-52500)")
                .note(CA_NO_5_13 + " (52587-52591)")
                .note("Free, free-quota and beta/test use is outside the SLA (4, 52559): mark such time with the code trial-or-free-use.")
                .note("Claims (3.3, 52607-52613) need the account ID, the date, start and end times and a description, screenshots or "
                        + "a recording, and the account, device and software details.")
                .note(SERVICE_MONTH_17)
                .note(CASH_FEE + " (52537-52539)")
                .note(LIABILITY_FEES + " (6.1, 52658)")
                .evaluationExample("All functions unusable from 23:01 to 23:05 on an April day: 5 unavailable minutes, 99.98%", 52498,
                        null, "availability", YearMonth.of(2023, 4), TencentCloudCa.fiveMinutesDown(), "5", null, "0")
                .build();
    }
}
