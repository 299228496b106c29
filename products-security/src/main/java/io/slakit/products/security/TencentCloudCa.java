package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** 腾讯云 CA 服务等级协议 (Tencent Cloud CA, by Inner Mongolia Wangxin), seed 002 line 52230. */
final class TencentCloudCa {
    private TencentCloudCa() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("tencent-cloud-ca", Site.CN, Family.SECURITY)
                .names("腾讯云 CA", "Tencent Cloud CA")
                .source(Seeds.CN, 52230, "腾讯云 CA 服务等级协议")
                .updated("2025-06-27T17:20:42")
                .effectiveFromUpdatedDate()
                .metric(availability("99.9", 52271, 52373))
                .claim(5, 60, 52315);
        return caClauses(b, 52327, 52333, 52335, 52337, 52339, 52341, 52343, 52345, 52347, 52349, 52351, 52353, 52355,
                        52359, 52361, 52363, 52365, 52367, 52396, 52408, 52410, 52412, 52414, 52420)
                .note(CA_ISSUER + " (52233)")
                .note("Scope (1.1, 52251): the digital certificate and electronic certification services bought.")
                .note(CA_PER_MINUTE + " (52259-52261)")
                .note(CA_EXAMPLE_ROUNDED + " (52267-52269)")
                .note(CA_NO_5_13 + " (52355-52359)")
                .note("Free, free-quota and beta/test use is outside the SLA (4, 52327): mark such time with the code trial-or-free-use.")
                .note("Claims (3.3, 52385-52391) need the account ID, the date, start and end times and a description, screenshots or "
                        + "a recording, and the account, device and software details.")
                .note(SERVICE_MONTH_17)
                .note(CASH_FEE + " (52279-52281)")
                .note(LIABILITY_FEES + " (6.1, 52422)")
                .evaluationExample("All functions unusable from 23:01 to 23:05 on an April day: 5 unavailable minutes, 99.98%", 52267,
                        null, "availability", YearMonth.of(2023, 4), fiveMinutesDown(), "5", null, "0")
                .build();
    }

    /** 3.1: "低于99.9%但等于或高于99.5% 5%; 低于99.5%但等于或高于97.0% 10%; 低于97.0%但等于或高于95.0% 20%; 低于95.0% 50%". */
    static MetricSpec availability(String commitment, int commitmentLine, int tableLine) {
        return metric("availability", "服务可用性")
                .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                .commitment(commitment, commitmentLine)
                .tiers(tableLine,
                        tier("[99.5, 99.9)", "5"),
                        tier("[97, 99.5)", "10"),
                        tier("[95, 97)", "20"),
                        tier("[0, 95)", "50"));
    }

    /** The minutes 23:01, 23:02, 23:03, 23:04 and 23:05 of 2023-04-10, every attempt failed ("23:01至23:05 ... 5分钟"). */
    static ResourceMonth fiveMinutesDown() {
        ResourceMonth.Builder b = ResourceMonth.builder("res-example", Money.of("100.00", "CNY"));
        Instant start = beijing("2023-04-10T23:01:00");
        for (int i = 0; i < 5; i++) {
            b.window(WindowSample.of(start.plus(Duration.ofMinutes(i)), 3, 3));
        }
        return b.build();
    }
}
