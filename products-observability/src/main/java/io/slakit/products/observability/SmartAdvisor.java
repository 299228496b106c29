package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;

/** 云顾问服务等级协议 (Tencent Smart Advisor), seed 002 line 37115: 99.95 % promised, no compensation. */
final class SmartAdvisor {
    private SmartAdvisor() {
    }

    static SlaDefinition definition() {
        SlaBuilder sla = Sla.define("smart-advisor", Site.CN, Family.OBSERVABILITY)
                .names("云顾问", "Tencent Smart Advisor")
                .source(Seeds.CN, 37115, "云顾问服务等级协议")
                .liabilityCapOverMonths(12, 37231)
                .updated("2025-06-12T11:42:32")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.3 (37148-37152): a minute is unavailable when every attempt to operate the platform and call its APIs
                        // failed for Smart Advisor's reasons; partial use or partial success makes the minute available.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.95", 37168)
                        .noCredit("the text states 99.95% (2.2) but has no compensation section: its sections are terms, "
                                + "availability, non-applicability, exclusions and other (37196-37251)"))
                .note("The text promises 99.95% availability (2.2, 37168) and defines no credit, no claim procedure and no cap of "
                        + "its own: availability is reported against the commitment, and no credit is defined.")
                .note("Give one window sample per minute (aligned to the minute, Beijing time) with the attempts made and failed; a "
                        + "minute counts only when every attempt failed. Minutes without a sample count as available.")
                .note("4.8 (37194) lists its cases (1)-(4) after the section headings (37207-37213): basic telecom changes, authorities' "
                        + "or carriers' controls, public network congestion or hacking, other causes outside Tencent Cloud's control.")
                .note("5.1 (37229-37233): liability is at most the fees paid, or the past 12 months' fees after 12 months of use.");
        return ObservabilityTerms.template2025Clauses(sla, "3", 37170, "4",
                37176, 37178, 37180, 37182, 37184, 37186, 37188, 37194, 37215, 37217, 37219, 37221, 37223).build();
    }
}
