package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** 主机安全服务等级协议 (Cloud Workload Protection, CWP), seed 002 line 19742. */
final class Cwp {
    private Cwp() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("cwp", Site.CN, Family.SECURITY)
                .names("主机安全", "Cloud Workload Protection")
                .source(Seeds.CN, 19742, "主机安全服务等级协议")
                .updated("2024-05-13T16:46:42")
                .effectiveFromUpdatedDate()
                .edition("professional", "专业版", availability())
                .edition("ultimate", "旗舰版", availability())
                .edition("basic", "基础版 (free, no SLA)")
                .defaultEdition("professional")
                .claim(5, 60, 19824);
        return firstSeven(b, 19838, 19840, 19842, 19844, 19846, 19848, 19850)
                .exclusion("4.8", MAINTENANCE_WITH_NOTICE, 19852)
                .exclusion("4.9", FORCE_MAJEURE, 19854)
                .exclusion("4.10", ALERTS_NOT_HANDLED, 19856)
                .exclusion("4.11", NOT_TENCENT_CAUSE, 19858)
                .exclusion("4.12", NON_STANDARD_SYSTEM, 19860)
                .exclusion("4.13", LEGAL_EXEMPTION, 19862)
                .note("Editions (1.1, 19757-19759): professional and ultimate promise 99.95%; the basic edition is a free function with "
                        + "no SLA (3.1(2), 19785-19787: basic is outside compensation). Evaluating basic answers \"no credit defined\".")
                .note("Per machine (3.1(2), 19787): the credit is computed for each affected machine; one resource is one protected "
                        + "machine, its fee that machine's monthly fee.")
                .note("Unavailability (1.2, 19761): security functions fail because of the CWP system itself (a function cannot be used, "
                        + "the product cannot start or uninstall...).")
                .note("1.3 (19763-19765): partial minutes round up (1m01s counts 2 minutes); recovery within 1 minute (not exceeding 1 "
                        + "minute) is not counted.")
                .note("Claims (3.3, 19830-19834) need an incident report with dates, times and durations, and anything Tencent Cloud "
                        + "reasonably asks for.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (19783-19785)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 19864)")
                .evaluationExample("An outage of 1 minute 01 seconds counts 2 minutes", 19763, "professional", "availability",
                        YearMonth.of(2024, 1), outage("2024-01-10T14:01:00", "2024-01-10T14:02:01"), "2", null, "0")
                .build();
    }

    /** 3.1 (19809-19813, 19876): "低于99.95%但等于或高于90% 10%; 低于90%但等于或高于80% 25%; 低于80% 100%". */
    private static MetricSpec availability() {
        return metric("availability", "服务可用性")
                .measuredBy(overOneMinuteRoundedUp())
                .commitment("99.95", 19775)
                .tiers(19811,
                        tier("[90, 99.95)", "10"),
                        tier("[80, 90)", "25"),
                        tier("[0, 80)", "100"));
    }
}
