package io.slakit.products.industry;

import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * The medical texts whose minute is down when every push attempt (API or console) failed: the 腾讯觅影 open lab
 * (seed 002 line 36487), medical report classification (55149) and structuring (55316); and 腾讯健康药箱 (56059),
 * whose text counts outage time without defining the minute.
 */
final class Medical {
    private Medical() {
    }

    private static final String PUSH_READING = "Give one window sample per minute (aligned to the minute, Beijing time) with the "
            + "push attempts made and failed through the push API or the management console, pooled: the minute is down only "
            + "when all of them failed. Minutes without a sample count as available.";

    /** The nine clauses miying and the two report SaaS texts share, in their order. */
    private static SlaBuilder reportClauses(SlaBuilder b, String prefix, String suffix, int... lines) {
        return b.exclusion(prefix + "1" + suffix, Clauses.ANNOUNCED_MAINTENANCE, lines[0])
                .exclusion(prefix + "2" + suffix, Clauses.THIRD_PARTY_NETWORK, lines[1])
                .exclusion(prefix + "3" + suffix, IndustryTerms.INTERFACES_ATTACKED, lines[2])
                .exclusion(prefix + "4" + suffix, Clauses.CUSTOMER_CREDENTIALS, lines[3])
                .exclusion(prefix + "5" + suffix, IndustryTerms.NEGLIGENT_AUTHORISATION, lines[4])
                .exclusion(prefix + "6" + suffix, Clauses.CUSTOMER_IGNORED_DOCS, lines[5])
                .exclusion(prefix + "7" + suffix, IndustryTerms.CAPACITY_CURRENT_VERSION, lines[6])
                .exclusion(prefix + "8" + suffix, Clauses.NOT_TENCENT_CAUSE, lines[7])
                .exclusion(prefix + "9" + suffix, Clauses.LEGAL_EXEMPTION, lines[8]);
    }

    /** 腾讯觅影开放实验平台服务等级协议（在线签署版）. */
    static SlaDefinition miying() {
        SlaBuilder b = Sla.define("miying-open-lab", Site.CN, Family.INDUSTRY)
                .names("腾讯觅影开放实验平台", "Tencent Miying open lab platform (online-signed edition)")
                .source(Seeds.CN, 36487, "腾讯觅影开放实验平台服务等级协议（在线签署版）")
                .updated("2022-01-25T11:06:18")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 6.1(2) (36820-36824): a minute is down only when every push attempt through the push API or the
                        // management console failed.
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", 36830)
                        .tiers(36890,
                                tier("[99, 99.9)", "10"),
                                tier("[98, 99)", "20"),
                                tier("[0, 98)", "50")))
                .claim(5, 60, 36848);
        return reportClauses(b, "6.6(", ")", 36868, 36870, 36872, 36874, 36876, 36878, 36880, 36882, 36884)
                .note(PUSH_READING)
                .note("6.1(1) (36814-36818): service months are the calendar months of the purchased term, the first cut at the "
                        + "opening day (Mar 17-31) and the last at the term's end (Jun 1-16); give activeFrom/activeUntil for those months.")
                .note("6.2 (36830) excepts \"本协议第6. 条约定的免责情形\", the clause number cut off in the text; read as the "
                        + "exclusions of 6.6 (36866-36884), the only exclusion list in section 6.")
                .note("4.1 (36564-36695): the basic and professional packages, monthly (包月) or yearly (包年), are paid once and share "
                        + "this SLA. Reading: the month's fee for a yearly package is one twelfth of its price; the text does not say. "
                        + "The caller gives the month's fee.")
                .note("6.3(2) (36840-36842): the voucher is capped at the month's fee, excluding voucher, coupon or fee-waiver "
                        + "deductions. 6.5 (36860-36864): a claim needs the login account and the unavailable period to the minute. "
                        + "9.2 (36953-36955): liability is at most the fees paid for the service.")
                .build();
    }

    private static SlaDefinition report(String id, String chinese, String english, int title, String titleText,
                                        int definition, int commitment, int tiers, int claim, int firstClause, int cap, int materials,
                                        int liability) {
        SlaBuilder b = Sla.define(id, Site.CN, Family.INDUSTRY)
                .names(chinese, english)
                .source(Seeds.CN, title, titleText)
                .updated("2023-06-19T17:51:53")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(Rules.everyAttemptFailed(Duration.ofMinutes(1)))
                        .commitment("99.9", commitment)
                        .tiers(tiers,
                                tier("[99, 99.9)", "10"),
                                tier("[98, 99)", "20"),
                                tier("[0, 98)", "50")))
                .claim(5, 60, claim);
        int[] lines = new int[9];
        for (int i = 0; i < 9; i++) {
            lines[i] = firstClause + 2 * i;
        }
        return reportClauses(b, "4.", "", lines)
                .note(PUSH_READING + " (1 服务月度内不可用分钟数, " + definition + ")")
                .note("1 服务月度 (" + (definition - 6) + "): service months are the calendar months of the purchased term, the first "
                        + "cut at the opening day (Mar 17-31) and the last at the term's end (Jun 1-16); give activeFrom/activeUntil for those months.")
                .note("3.1(2) (" + cap + "): the voucher is capped at the month's fee, excluding voucher, coupon or fee-waiver "
                        + "deductions. 3.3 (" + materials + "): a claim needs the login account and the unavailable period to the minute. "
                        + "6.1 (" + liability + "): liability is at most the fees paid for the service in breach.")
                .build();
    }

    /** 医疗报告分类 SaaS 服务等级协议. */
    static SlaDefinition reportClassification() {
        return report("medical-report-classification", "医疗报告分类 SaaS", "Medical report classification SaaS",
                55149, "医疗报告分类 SaaS 服务等级协议", 55210, 55172, 55224, 55188, 55249, 55182, 55241, 55299);
    }

    /** 医疗报告结构化 SaaS 服务等级协议. */
    static SlaDefinition reportStructuring() {
        return report("medical-report-structuring", "医疗报告结构化 SaaS", "Medical report structuring SaaS",
                55316, "医疗报告结构化 SaaS 服务等级协议", 55379, 55339, 55393, 55355, 55416, 55349, 55408, 55466);
    }

    /** 腾讯健康药箱服务等级协议. */
    static SlaDefinition healthMedicineBox() {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        // 4.1 (56145-56147): "2024年04月某一天23:00至23:10无法使用" -> 10 minutes, 1 - 10 / (30 x 24 x 60) = 99.98%.
        ResourceMonth example = ResourceMonth.builder("example", Money.of("1000.00", "CNY"))
                .incident(Incident.of(LocalDateTime.parse("2024-04-10T23:00").atZone(beijing).toInstant(),
                        LocalDateTime.parse("2024-04-10T23:10").atZone(beijing).toInstant()))
                .build();
        return Sla.define("health-medicine-box", Site.CN, Family.INDUSTRY)
                .names("腾讯健康药箱", "Tencent health medicine box")
                .source(Seeds.CN, 56059, "腾讯健康药箱服务等级协议")
                .updated("2024-09-18T09:42:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 4.1 (56143-56147): availability = 1 - unavailable minutes / month minutes; the example counts the
                        // time the service could not be used.
                        .measuredBy(Rules.incidentMinutes())
                        .commitment("99.9", 56143)
                        .tiers(56213,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 56163)
                .exclusion("11.1", Clauses.ANNOUNCED_MAINTENANCE, 56401)
                .exclusion("11.2", Clauses.THIRD_PARTY_NETWORK, 56403)
                .exclusion("11.3", IndustryTerms.INTERFACES_ATTACKED, 56405)
                .exclusion("11.4", IndustryTerms.NEGLIGENT_AUTHORISATION, 56407)
                .exclusion("11.5", Clauses.CUSTOMER_IGNORED_DOCS, 56409)
                .exclusion("11.6", IndustryTerms.CAPACITY_PUSH, 56411)
                .exclusion("11.7", Clauses.NOT_TENCENT_CAUSE, 56420)
                .exclusion("11.8", Clauses.LEGAL_EXEMPTION, 56422)
                .note("The text defines no unavailable minute (2.3 defines only the month's total minutes, 56118). Reading, after the "
                        + "example of 4.1 (56145): an incident is the time the medicine box could not be used; its minutes count, "
                        + "partial minutes rounded up, with no threshold.")
                .note("4.1's example (56145-56147) says \"2024年04月\" and then \"2020年04月\"; both are 30-day Aprils and the result "
                        + "(99.98%, 10 of 43,200 minutes, rounded) is the same. Replayed as April 2024.")
                .note("4.2 (56151-56153): Tencent undertakes to restore service within 10 minutes of an unavailable minute; the text "
                        + "attaches no credit to it, so it is recorded here and not evaluated.")
                .note("2.2 (56108-56116): service months are the calendar months of the purchased term, the first cut at the opening "
                        + "day (Mar 17-31) and the last at the term's end (Jun 1-16); the service year it also defines is not used "
                        + "for availability (\"服务可用性按服务月度单独核算\").")
                .note("5.1(2) (56159-56161): the voucher is capped at the month's fee paid for the service, excluding voucher, coupon "
                        + "or fee-waiver deductions. 12.1 (56424-56426): liability is at most the fees paid for the service in breach.")
                .evaluationExample("4.1: 23:00 to 23:10 unusable on a day of April -> 10 minutes, 99.98%, no credit", 56145, null,
                        "availability", YearMonth.of(2024, 4), example, "10", "99.98", "0")
                .build();
    }
}
