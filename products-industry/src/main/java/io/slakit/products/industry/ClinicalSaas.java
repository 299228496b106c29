package io.slakit.products.industry;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * The seven medical texts whose minute is down only when the API calls fail AND the console (platform, product functions) is
 * unavailable in the same minute: medical content (seed 002 line 54475), medical imaging (54606), smart triage (54781), smart
 * pre-consultation (54905), AI clinical assistant (55026), MCM (55815) and FDA (55922).
 */
final class ClinicalSaas {
    private ClinicalSaas() {
    }

    /** One of the four texts with the 10/20/50/100 table and clauses 4.1-4.9 word for word. */
    private static SlaDefinition fourTier(String id, String chinese, String english, int title, String titleText, String updated,
                                          int[] months, int[] minute, int commitment, int tiers, int[] claim, int firstClause,
                                          int cap, int liability) {
        SlaBuilder b = Sla.define(id, Site.CN, Family.INDUSTRY)
                .names(chinese, english)
                .source(Seeds.CN, title, titleText)
                .updated(updated)
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(IndustryTerms.apiAndConsoleMinutes())
                        .commitment("99.9", commitment)
                        .tiers(tiers, IndustryTerms.fourTiers()))
                .claim(5, 60, claim[0]);
        return IndustryTerms.nineClinicalClauses(b, firstClause)
                .note(IndustryTerms.compositeReading("console (控制台功能)", minute[0], minute[1]))
                .note(IndustryTerms.cutMonths(months[0], months[1]))
                .note("3.2 (" + claim[0] + ", " + claim[1] + "): a claim opens after the 5th business day of the next month and closes 60 "
                        + "calendar days after the month, through the ticket system of the account concerned.")
                .note(IndustryTerms.voucherCapAndLiability(cap, "5.1", liability))
                .build();
    }

    /** 医疗内容平台服务等级协议. */
    static SlaDefinition medicalContent() {
        return fourTier("medical-content", "医疗内容平台", "Medical content platform", 54475, "医疗内容平台服务等级协议",
                "2023-08-15T18:34:33", new int[] {54498, 54502}, new int[] {54504, 54508}, 54514, 54593,
                new int[] {54549, 54555}, 54563, 54522, 54581);
    }

    /** 智能导诊服务等级协议. */
    static SlaDefinition smartTriage() {
        return fourTier("smart-triage", "智能导诊", "Smart triage", 54781, "智能导诊服务等级协议",
                "2023-06-20T17:19:31", new int[] {54820, 54824}, new int[] {54826, 54830}, 54806, 54846,
                new int[] {54858, 54864}, 54872, 54814, 54890);
    }

    /** 智能预问诊服务等级协议. */
    static SlaDefinition smartPreconsultation() {
        return fourTier("smart-preconsultation", "智能预问诊", "Smart pre-consultation", 54905, "智能预问诊服务等级协议",
                "2023-06-20T17:19:31", new int[] {54944, 54948}, new int[] {54950, 54954}, 54930, 54970,
                new int[] {54979, 54985}, 54993, 54938, 55011);
    }

    /** AI 临床助手服务等级协议. */
    static SlaDefinition aiClinicalAssistant() {
        return fourTier("ai-clinical-assistant", "AI 临床助手", "AI clinical assistant (SaaS edition)", 55026, "AI 临床助手服务等级协议",
                "2023-06-19T17:51:53", new int[] {55065, 55069}, new int[] {55071, 55075}, 55051, 55091,
                new int[] {55100, 55106}, 55114, 55059, 55132);
    }

    /** 数智医疗影像平台服务等级协议. */
    static SlaDefinition medicalImaging() {
        return Sla.define("medical-imaging", Site.CN, Family.INDUSTRY)
                .names("数智医疗影像平台", "Digital and intelligent medical imaging platform")
                .source(Seeds.CN, 54606, "数智医疗影像平台服务等级协议")
                .liabilityCapOverMonths(12, 54747)
                .updated("2025-05-16T14:21:01")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(IndustryTerms.apiAndConsoleMinutes())
                        .commitment("99.9", 54645)
                        .tiers(54759,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 54683)
                .exclusion("4", Clauses.TRIAL_OR_FREE_USE.worded(
                        "Use through public beta, closed beta, invited testing, free use or a free quota: no availability commitment"), 54695)
                .exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded("Network, equipment, system or communication line failure or "
                        + "configuration change outside Tencent Cloud's equipment"), 54701)
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, 54703)
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, 54705)
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, 54707)
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded(
                        "The customer did not follow Tencent Cloud's agreements, this service's documentation or advice"), 54709)
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE, 54711)
                .exclusion("5.7", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, government acts, social unrest and "
                        + "other unforeseeable, unavoidable events"), 54713)
                .exclusion("5.8", IndustryTerms.TELECOM_AND_AUTHORITIES, 54719)
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION, 54729)
                .exclusion("5.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded(
                        "Suspension or termination for breach of this agreement or the Tencent Cloud service agreement"), 54731)
                .exclusion("5.11", Clauses.ROUTINE_MAINTENANCE, 54733)
                .exclusion("5.12", Clauses.NOT_TENCENT_CAUSE, 54735)
                .exclusion("5.13", IndustryTerms.CAPACITY_PUSH, 54737)
                .exclusion("5.14", Clauses.LEGAL_EXEMPTION, 54739)
                .note(IndustryTerms.compositeReading("platform functions (平台功能)", 54635, 54639))
                .note(IndustryTerms.cutMonths(54629, 54633))
                .note("4 (54695-54697): for beta, invited-test or free use (or use within a free quota) the text makes no availability "
                        + "commitment and the SLA's standard and credits do not apply. Coded as clause \"4\" (trial-or-free-use): mark "
                        + "such time as excluded, or do not evaluate such a resource.")
                .note("5.8 (54719-54727): its four sub-items (1) changes to basic telecom resources (54721), (2) control by authorities or "
                        + "carriers (54723), (3) public network congestion, lower efficiency or hacking (54725), (4) other circumstances "
                        + "outside Tencent Cloud's fault (54727) are one clause here (telecom-or-authorities).")
                .note("3.2 (54683, 54689): a claim opens after the 5th business day of the next month and closes 60 days after the month, "
                        + "through the ticket system of the account that used the service.")
                .note("3 (54649-54657): the voucher is the whole and only compensation, for this service only, capped at the month's fee "
                        + "paid for the service.")
                .note("6.1 (54745-54747): liability is at most the fees paid for the service in breach; after 12 months of use, at most "
                        + "the fees paid in the 12 months before the damage. Declared as the 12-month liability cap (54747), applied when "
                        + "several months are evaluated together.")
                .build();
    }

    /** 多渠道营销服务等级协议. */
    static SlaDefinition mcm() {
        return Sla.define("mcm", Site.CN, Family.INDUSTRY)
                .names("多渠道营销", "Multi-Channel Marketing (MCM)")
                .source(Seeds.CN, 55815, "多渠道营销服务等级协议")
                .updated("2023-06-19T17:51:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(IndustryTerms.apiAndConsoleMinutes())
                        .commitment("95", 55854)
                        .tiers(55886,
                                tier("[90, 95)", "10"),
                                tier("[85, 90)", "20"),
                                tier("[0, 85)", "30")))
                .claim(5, 60, 55866)
                .exclusion("4.1", Clauses.NOT_TENCENT_CAUSE, 55903)
                .exclusion("4.2", Clauses.LEGAL_EXEMPTION, 55905)
                .note(IndustryTerms.compositeReading("product functions (产品功能)", 55846, 55850))
                .note("The minute rule (55846-55850) says 产品功能 (product functions) where it makes a minute unavailable and 控制台功能 "
                        + "(console functions) where it makes one available. Reading: the same second signal, \"console\", the product's "
                        + "functions as its console offers them; a minute is down only when the API calls and those functions both fail.")
                .note("No availability formula: 1.2 (55838) is an unfilled template (\"根据计算方式涉及的概念，对相关概念进行解释\"), and "
                        + "section 2.1 (55876) has no body. Reading, from the terms the text does define (不可用分钟数 55846, 总分钟数 "
                        + "55852) and the family's sibling texts: availability = (1 - unavailable minutes / month minutes) x 100%.")
                .note(IndustryTerms.cutMonths(55840, 55844))
                .note("3.2 (55866, 55895): a claim opens after the 5th business day of the next month and closes 60 calendar days after "
                        + "the month.")
                .note(IndustryTerms.voucherCapAndLiability(55862, "5.1", 55907))
                .build();
    }

    /** 家医助手服务等级协议. */
    static SlaDefinition fda() {
        return Sla.define("fda", Site.CN, Family.INDUSTRY)
                .names("家医助手", "Family Doctor Assistant (FDA)")
                .source(Seeds.CN, 55922, "家医助手服务等级协议")
                .updated("2023-09-04T17:12:01")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(IndustryTerms.apiAndConsoleMinutes())
                        .commitment("99.9", 55963)
                        .tiers(56048,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "20"),
                                tier("[0, 95)", "50")))
                .claim(5, 60, 56000)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 56014)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 56016)
                .exclusion("4.3", IndustryTerms.INTERFACES_ATTACKED, 56018)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 56020)
                .exclusion("4.5", IndustryTerms.NEGLIGENT_AUTHORISATION, 56022)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded(
                        "The customer did not follow the Family Doctor Assistant documentation or advice"), 56024)
                .exclusion("4.7", IndustryTerms.CAPACITY_PUSH, 56026)
                .exclusion("4.8", Clauses.CONTENT_VIOLATION.worded(
                        "The customer's content violations or other compliance problems (pornography, gambling, drugs, fraud...)"), 56028)
                .exclusion("4.9", Clauses.FORCE_MAJEURE, 56030)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 56032)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 56034)
                .note(IndustryTerms.compositeReading("console (控制台功能)", 55953, 55957))
                .note(IndustryTerms.cutMonths(55947, 55951))
                .note("3.2 (56000, 56006): a claim opens after the 5th business day of the next month and closes 60 calendar days after "
                        + "the month.")
                .note(IndustryTerms.voucherCapAndLiability(55971, "5.1", 56036))
                .build();
    }
}
