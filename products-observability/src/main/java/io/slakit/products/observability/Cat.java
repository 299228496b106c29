package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云拨测服务等级协议 (Cloud Automated Testing), seed 002 line 42290: three delays and outages summed. */
final class Cat {
    private Cat() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("cat", Site.CN, Family.OBSERVABILITY)
                .names("云拨测", "Cloud Automated Testing (CAT)")
                .source(Seeds.CN, 42290, "云拨测服务等级协议")
                .updated("2025-06-24T17:36:11")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.7 (42325): 服务不可用分钟 = 创建任务延时 + 暂停任务延时 + 接口不可用分钟数, each on its own timeline, added.
                        .measuredBy(Rules.summedScopeMinutes()
                                .scope("task-creation")
                                .scope("task-pause")
                                .scopeIgnoringAtOrUnder("interface", Duration.ofMinutes(5)))
                        .commitment("99.9", 42329)
                        .tiers(42420,
                                tier("[98.5, 99.9)", "10"),
                                tier("[98, 98.5)", "20"),
                                tier("[0, 98)", "50")))
                .claim(5, 60, 42370)
                .note("Input (1.4-1.7, 42317-42325): each provider incident names its component as its scope. \"task-creation\": the "
                        + "part of a task creation taking longer than T + 5 minutes (1.4, 42317; T is the probing frequency chosen for "
                        + "the task), so the incident runs from T + 5 minutes after the creation request to its completion; "
                        + "\"task-pause\": the part of a pause taking longer than T minutes (1.5, 42319), from T minutes after the "
                        + "request to its completion; \"interface\": the interface outage from failure to recovery, unannounced "
                        + "maintenance included (1.6, 42321). The three are added, not merged: an hour when a creation is late and the "
                        + "interface is down counts 120 minutes.")
                .note("1.6 (42321-42323): an interface outage of 5 minutes or less is not counted (\"超过5分钟的，方纳入 ... 不超过5分钟的"
                        + "\"); the text states no rounding, so counted time is exact (5m30s is 5.5 minutes). The delays have no threshold "
                        + "beyond the T + 5 and T minutes already taken off.")
                .note("3.1 (2) (42366): the voucher is capped at the month's fee, excluding voucher, coupon or fee-waiver deductions. "
                        + "6.1 (42406): total liability is at most the fees paid for the service concerned.");
        sla = sla.exclusion("4", Clauses.TRIAL_OR_FREE_USE.worded("Public or closed beta, invitation tests, free use or use within a "
                + "free quota: no availability promise, the SLA's standards and credits do not apply"), 42382);
        return ObservabilityTerms.monitoringClauses(sla, "5", 42388, 42390, 42392, 42394, 42396, 42398, 42400, 42402, 42404).build();
    }
}
