package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.Rules;
import io.slakit.core.time.BusinessCalendar;
import io.slakit.core.time.ServiceClock;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.products.security.SecurityTerms.*;

/**
 * The security services whose service level is a response deadline (应急响应, 安全攻防对抗, 安全托管):
 * tickets answered within N hours of 10:00-12:00 and 14:00-17:00 on mainland China's working days,
 * credited by the kind of deadline missed. Time attributed to an exclusion clause stops a ticket's clock.
 */
final class SecurityServices {
    private SecurityServices() {
    }

    /** 法定工作日内10:00 - 12:00、14:00 - 17:00: the service hours every one of these texts states. */
    static ServiceClock serviceHours() {
        return ServiceClock.businessHours(BusinessCalendar.mainlandChina(), "10:00-12:00", "14:00-17:00");
    }

    // Clauses the service texts share (emergency response 4.x, attack-defense 4.x).
    /** 您的服务申请缺少相关关键信息，关键信息包括您的电话、邮箱、地址等主要联系方式. */
    static final Clause REQUEST_MISSING_CONTACTS = Clause.of("request-missing-key-information",
            "The service request lacks key information: the customer's phone, email, address or other main contact details");
    /** 您的服务申请发起后，因您的原因导致工程师无法在有效时间内联系到您引起的服务时长超时. */
    static final Clause CUSTOMER_UNREACHABLE = Clause.of("customer-unreachable",
            "After the request, the engineer could not reach the customer in time for the customer's reasons");
    /** 您未遵循腾讯云产品的服务流程所引起的服务响应时长超时. */
    static final Clause SERVICE_PROCESS_NOT_FOLLOWED = Clause.of("service-process-not-followed",
            "The customer did not follow the service process of the Tencent Cloud product");
    /** 腾讯云无法保证其所提供的服务毫无瑕疵 ... 当时行业技术水平所无法避免的. */
    static final Clause UNAVOIDABLE_FLAW = Clause.of("unavoidable-service-flaw",
            "Flaws of the service that the industry's technology could not avoid at the time are not a breach");
    /** 可能会发生系统宕机、业务中断、数据丢失的风险 ... 腾讯云不对 ... 承担责任. */
    static final Clause SERVICE_RISKS_ACCEPTED = Clause.of("service-risks-accepted",
            "System crashes, business interruption or data loss during the service, risks the customer knowingly accepts");
    /** 由于您未按照腾讯云规定配置使用产品、您未按规定或者违法使用腾讯云产品引起的. */
    static final Clause MISCONFIGURED_OR_UNLAWFUL = NOT_CONFIGURED_AS_REQUIRED.worded(
            "The customer did not configure or use the product as Tencent Cloud requires, or used it against the rules or unlawfully");
    /** 服务中提供了漏洞修复方案但由于您或您的最终用户没有及时处理引起的. */
    static final Clause FIX_NOT_APPLIED = Clause.of("fix-not-applied",
            "A fix was provided in the service but the customer or its end users did not apply it in time");
    /** 由于您或您的最终用户在事件处置过程中不规范或者失误行为. */
    static final Clause HANDLING_ERRORS = Clause.of("customer-handling-errors",
            "Irregular or mistaken actions of the customer or its end users while handling the incident");
    /** 由于您违反《腾讯云服务协议》、本服务的服务条款、使用规则、腾讯云产品条款等导致服务请求失败、服务被暂停或终止等的. */
    static final Clause TERMS_BREACH_SUSPENSION = Clauses.AGREEMENT_BREACH_SUSPENSION.worded(
            "The customer breached the Tencent Cloud service agreement, the service's terms or rules or product terms, so that "
                    + "requests failed or the service was suspended or terminated");
    /** 其他非腾讯云原因造成的服务不可用或服务不达标的情况. */
    static final Clause OTHER_NOT_TENCENT = NOT_TENCENT_CAUSE.worded("Other unavailability or missed levels not caused by Tencent Cloud");

    static final String VOUCHERS = "Credits are vouchers (3.1(1)): not cash, no invoice, usable only to buy this service through the "
            + "customer's Tencent Cloud account, not transferable.";
    static final String TICKETS = "Give each service request as a ticket (kind, opened = when the request was made by phone or WeChat, "
            + "responded = when the team answered with the plan); the response time is 服务团队响应时间 - 用户需求发起时间. Time "
            + "attributed to an exclusion clause (an incident with the clause's code, e.g. the customer unreachable) stops the "
            + "ticket's clock: a response late only because of excluded time is on time.";

    /** 腾讯云应急响应服务服务等级协议, seed 002 line 21775. */
    static SlaDefinition emergencyResponse() {
        ServiceClock hours = serviceHours();
        SlaBuilder b = Sla.define("emergency-response-service", Site.CN, Family.SECURITY)
                .names("应急响应服务", "Emergency Response Service")
                .source(Seeds.CN, 21775, "腾讯云应急响应服务服务等级协议")
                .updated("2025-01-16T18:49:32")
                .effectiveFromUpdatedDate()
                // 2.1 (21836-21840): opened in service hours, 1 hour of service hours; otherwise 4 hours.
                .metric(metric("response-time", "服务响应时长")
                        .measuredBy(Rules.deadlinesByOpening(hours,
                                Rules.deadlines(hours).respondWithin("emergency-response", Duration.ofHours(1)),
                                Rules.deadlines(ServiceClock.calendarTime(BusinessCalendar.mainlandChina()))
                                        .respondWithin("emergency-response", Duration.ofHours(4))))
                        .commitment("100", 21838)
                        .credit(Credits.byLateResponse("30"), 21937))
                .claim(5, 60, 21869)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after notifying the customer (cutover, "
                        + "repair, upgrade, failure drills) that made the response late"), 21885)
                .exclusion("4.2", REQUEST_MISSING_CONTACTS, 21887)
                .exclusion("4.3", CUSTOMER_UNREACHABLE, 21889)
                .exclusion("4.4", SERVICE_PROCESS_NOT_FOLLOWED, 21891)
                .exclusion("4.5", UNAVOIDABLE_FLAW, 21893)
                .exclusion("4.6", SERVICE_RISKS_ACCEPTED, 21899)
                .exclusion("4.7", SECURITY_THREAT, 21903)
                .exclusion("4.8", MISCONFIGURED_OR_UNLAWFUL, 21905)
                .exclusion("4.9", NON_PAYMENT, 21907)
                .exclusion("4.10", CARRIER_FAILURE, 21909)
                .exclusion("4.11", Clauses.ROUTINE_MAINTENANCE.worded("Maintenance or upgrade of network, hardware or the service, "
                        + "its schedule notified in advance on reasonable commercial principles"), 21911)
                .exclusion("4.12", FORCE_MAJEURE, 21915)
                .exclusion("4.13", FIX_NOT_APPLIED, 21917)
                .exclusion("4.14", HANDLING_ERRORS, 21919)
                .exclusion("4.15", TERMS_BREACH_SUSPENSION, 21921)
                .exclusion("4.16", LEGAL_EXEMPTION, 21923)
                .exclusion("4.17", OTHER_NOT_TENCENT, 21925)
                .note(TICKETS + " Use the kind emergency-response.")
                .note("Routing (21838-21840): a request opened within 10:00-12:00 or 14:00-17:00 on a mainland working day is due "
                        + "within 1 hour of those service hours; one opened at any other time within 4 hours of calendar time "
                        + "(\"非前述时间内：4小时响应\" read as 24x7 hours, since the clock of the service hours has not started).")
                .note("The report \"当次服务结束后3个工作日内提交报告\" (21842) runs from the end of the service, which a ticket does not "
                        + "carry, and no credit is stated for it (3.1 names only 服务响应时长超时, 21937): it is not checked.")
                .note("Credit (3.1, 21935-21937): a late response earns 30% of the service fee, the cash paid for the online order of "
                        + "that service (21859-21861); several late responses in the month earn 30% once.")
                .note("Claims (3.2, 21863-21869) run from the end of the service that missed the level (after the 5th working day "
                        + "of the next month, within 60 calendar days of the service's end). The claim window here is counted from "
                        + "the end of the service month the service ended in; a service ending before the month's end closes its "
                        + "claims earlier than this window says.")
                .note(VOUCHERS)
                .note("Liability (5.1, 21927-21929): at most the service fee paid for the service in breach.");
        return b.build();
    }

    /** 腾讯云安全攻防对抗服务服务等级协议, seed 002 line 21949. */
    static SlaDefinition attackDefense() {
        return Sla.define("attack-defense-exercise-service", Site.CN, Family.SECURITY)
                .names("安全攻防对抗服务", "Attack and Defense Exercise Service")
                .source(Seeds.CN, 21949, "腾讯云安全攻防对抗服务服务等级协议")
                .updated("2023-05-16T15:53:00")
                .effectiveFromUpdatedDate()
                // 2 (22008-22013): respond within 8 hours of the service hours.
                .metric(metric("response-time", "服务响应时长")
                        .measuredBy(Rules.deadlines(serviceHours()).respondWithin("attack-defense", Duration.ofHours(8)))
                        .commitment("100", 22011)
                        .credit(Credits.byLateResponse("10"), 22021))
                .claim(5, 60, 22036)
                .exclusion("4.1", REQUEST_MISSING_CONTACTS, 22054)
                .exclusion("4.2", CUSTOMER_UNREACHABLE, 22056)
                .exclusion("4.3", SERVICE_PROCESS_NOT_FOLLOWED, 22058)
                .exclusion("4.4", UNAVOIDABLE_FLAW, 22060)
                .exclusion("4.5", SERVICE_RISKS_ACCEPTED, 22066)
                .exclusion("4.6", SECURITY_THREAT, 22070)
                .exclusion("4.7", MISCONFIGURED_OR_UNLAWFUL, 22072)
                .exclusion("4.8", NON_PAYMENT, 22074)
                .exclusion("4.9", CARRIER_FAILURE, 22076)
                .exclusion("4.10", MAINTENANCE_WITH_NOTICE, 22078)
                .exclusion("4.11", FORCE_MAJEURE, 22080)
                .exclusion("4.12", HANDLING_ERRORS, 22082)
                .exclusion("4.13", TERMS_BREACH_SUSPENSION, 22084)
                .exclusion("4.14", LEGAL_EXEMPTION, 22086)
                .exclusion("4.15", OTHER_NOT_TENCENT, 22088)
                .note(TICKETS + " Use the kind attack-defense.")
                .note("The summary report \"当次安全攻防对抗服务结束后 5 个工作日内\" (22011-22013) runs from the end of the exercise, "
                        + "which a ticket does not carry, and 3.1 (22019-22021) credits only 服务响应时长超时: it is not checked.")
                .note("Credit (3.1, 22021): a late response earns 10% of the service fee (the cash paid for the online order, "
                        + "21990-21992), once however many responses were late.")
                .note("Claims (3.2, 22030-22036) run from the end of the exercise period that missed the level (after the 5th "
                        + "working day, within 60 calendar days). The window here is counted from the end of the service month the "
                        + "period ended in, opening after the 5th working day of the next month.")
                .note(VOUCHERS)
                .note("Liability (5.1, 22090-22092): at most the service fee paid for the service in breach.")
                .build();
    }

    /** 安全托管服务服务等级协议 (Managed Security Service, MSS), seed 002 line 21444. */
    static SlaDefinition mss() {
        return Sla.define("mss", Site.CN, Family.SECURITY)
                .names("安全托管服务", "Managed Security Service")
                .source(Seeds.CN, 21444, "安全托管服务服务等级协议")
                .liabilityCapOverMonths(12, 21756)
                .updated("2023-05-16T15:52:59")
                .effectiveFromUpdatedDate()
                // 2.2 (21499-21515, 21576): response within 2/4/1 hours of the service hours; the assessment report within 5 working days.
                .metric(metric("service-availability", "服务可用性（服务有效期与响应时长）")
                        .measuredBy(Rules.deadlines(serviceHours())
                                .respondWithin("security-assessment", Duration.ofHours(2))
                                .deliverWithinWorkingDays("security-assessment", 5)
                                .respondWithin("vulnerability-intelligence", Duration.ofHours(2))
                                .respondWithin("critical-intelligence", Duration.ofHours(2))
                                .respondWithin("risk-management", Duration.ofHours(2))
                                .respondWithin("security-hardening", Duration.ofHours(4))
                                .respondWithin("threat-management", Duration.ofHours(2))
                                .respondWithin("critical-alert", Duration.ofHours(4))
                                .respondWithin("emergency-response", Duration.ofHours(1)))
                        .commitment("100", 21501)
                        .credit(Credits.byMissedMilestone("50", "10"), 21584))
                .claim(5, 60, 21534)
                .exclusion("6.1", UNAVOIDABLE_FLAW, 21718)
                .exclusion("6.2", SERVICE_RISKS_ACCEPTED.worded("System crashes, business interruption or data loss during the managed "
                        + "service, risks the customer knowingly accepts"), 21724)
                .exclusion("6.3", SECURITY_THREAT.worded("The customer threatens the security of Tencent Cloud's service, commits fraud "
                        + "or acts unlawfully"), 21728)
                .exclusion("6.4", CUSTOMER_OR_THIRD_PARTY_TECHNOLOGY, 21730)
                .exclusion("6.5", NOT_CONFIGURED_AS_REQUIRED, 21732)
                .exclusion("6.6", PRODUCT_TERMS_BREACH, 21734)
                .exclusion("6.7", NON_PAYMENT, 21736)
                .exclusion("6.8", CARRIER_FAILURE, 21738)
                .exclusion("6.9", UNLAWFUL_USE, 21740)
                .exclusion("6.10", MAINTENANCE_WITH_NOTICE, 21742)
                .exclusion("6.11", FORCE_MAJEURE, 21744)
                .exclusion("6.12", FIX_NOT_APPLIED.worded("A risk fix was provided in the service but the customer did not apply it in time"),
                        21746)
                .exclusion("6.13", NOT_TENCENT_CAUSE, 21748)
                .exclusion("6.14", HANDLING_ERRORS.worded("Irregular or mistaken actions of the customer while handling the incident"), 21750)
                .exclusion("6.15", LEGAL_EXEMPTION, 21752)
                .note(TICKETS + " Kinds: security-assessment (2 h, its report within 5 working days of the day opened: a late report "
                        + "is 服务有效期超时), vulnerability-intelligence, risk-management, threat-management (2 h), security-hardening "
                        + "(4 h), emergency-response (1 h, 21576, displaced in the PDF text), and two of scenario (2) (21473-21475, opened "
                        + "at the alert time): critical-intelligence (a 严重 vulnerability or GitHub leak, analysis and fix within 2 h, "
                        + "21504-21506) and critical-alert (a 严重/高危 alert, analysis within 4 h, 21513-21515).")
                .note("Reading: every deadline of 2.2 runs on the service hours stated with the responses (10:00-12:00, 14:00-17:00 on "
                        + "mainland working days), the follow-ups of scenario (2) included, since the table states no other clock.")
                .note("Not checked: risk management's report \"安全风险检测实施结束后3个工作日\" (21508) runs from the end of the "
                        + "detection, which a ticket does not carry; security hardening's plan (21510) states no separate deadline.")
                .note("Credit (3.1, 21582-21586; 21524 \"服务有效期超时或者服务响应时长超时\"): a late response earns 50% of the service "
                        + "fee, a late delivery (服务有效期超时) 10%; a month with both earns 50% once (the cases are alternatives). "
                        + "The service fee is the cash actually paid (21524-21526).")
                .note("The seed's 4.x and 5.x paragraphs (21548-21714) are user and provider duties, not exclusions: only 6.1-6.15 "
                        + "(21716-21752) remove time.")
                .note(VOUCHERS)
                .note("Liability (7.1, 21754-21758): at most the fees paid for the service in breach; after 12 months of use, at most "
                        + "the fees paid in the 12 months before the damage.")
                .build();
    }

    /**
     * The seventeen clauses (4.1 to 4.17) of the penetration-test, exposure-management and risk-assessment texts, at
     * {@code lines[0..16]}; {@code notTencentLast}: 4.17 is "not Tencent Cloud's cause" and 4.16 the legal exemption
     * (penetration testing), otherwise the other way round.
     */
    static SlaBuilder seventeen(SlaBuilder b, boolean notTencentLast, String service, int... lines) {
        if (lines.length != 17) {
            throw new IllegalArgumentException("17 lines, one per clause");
        }
        b.exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after notifying the customer (cutover, "
                        + "repair, upgrade, failure drills) that made the response late"), lines[0])
                .exclusion("4.2", REQUEST_MISSING_CONTACTS, lines[1])
                .exclusion("4.3", CUSTOMER_UNREACHABLE, lines[2])
                .exclusion("4.4", SERVICE_PROCESS_NOT_FOLLOWED, lines[3])
                .exclusion("4.5", UNAVOIDABLE_FLAW, lines[4])
                .exclusion("4.6", SERVICE_RISKS_ACCEPTED.worded("System crashes, business interruption or data loss during the "
                        + service + ", risks the customer knowingly accepts"), lines[5])
                .exclusion("4.7", SECURITY_THREAT, lines[6])
                .exclusion("4.8", MISCONFIGURED_OR_UNLAWFUL, lines[7])
                .exclusion("4.9", NON_PAYMENT, lines[8])
                .exclusion("4.10", CARRIER_FAILURE, lines[9])
                .exclusion("4.11", Clauses.ROUTINE_MAINTENANCE.worded("Maintenance or upgrade of network, hardware or the service, "
                        + "its schedule notified in advance on reasonable commercial principles"), lines[10])
                .exclusion("4.12", FORCE_MAJEURE, lines[11])
                .exclusion("4.13", FIX_NOT_APPLIED, lines[12])
                .exclusion("4.14", HANDLING_ERRORS, lines[13])
                .exclusion("4.15", TERMS_BREACH_SUSPENSION, lines[14]);
        if (notTencentLast) {
            b.exclusion("4.16", LEGAL_EXEMPTION, lines[15]).exclusion("4.17", NOT_TENCENT_CAUSE, lines[16]);
        } else {
            b.exclusion("4.16", NOT_TENCENT_CAUSE, lines[15]).exclusion("4.17", LEGAL_EXEMPTION, lines[16]);
        }
        return b;
    }

    static final String REPORT_TICKET = "A report due N working days after the service ends is its own ticket, opened when the "
            + "service ended (the clock starts then) and delivered when the report was submitted; the working days are mainland "
            + "China's, the day the service ended not counted.";

    /** 腾讯云重要时期安全保障服务服务等级协议, seed 002 line 22109. */
    static SlaDefinition criticalPeriod() {
        ServiceClock allDay = ServiceClock.calendarTime(BusinessCalendar.mainlandChina());
        return Sla.define("critical-period-security-assurance", Site.CN, Family.SECURITY)
                .names("重要时期安全保障服务", "Critical Period Security Assurance Service")
                .source(Seeds.CN, 22109, "腾讯云重要时期安全保障服务服务等级协议")
                .updated("2023-05-16T16:38:09")
                .effectiveFromUpdatedDate()
                // 2.1 (22174-22272): the preparation phase on the service hours, the guarantee phase 7x24.
                .metric(metric("response-time", "服务响应时长")
                        .measuredBy(Rules.deadlinesByKind(
                                Rules.deadlines(serviceHours())
                                        .respondWithin("prep-security-assessment", Duration.ofHours(2))
                                        .respondWithin("prep-risk-detection", Duration.ofHours(2))
                                        .respondWithin("prep-risk-remediation", Duration.ofHours(4))
                                        .respondWithin("prep-penetration-test", Duration.ofHours(8)),
                                Rules.deadlines(allDay)
                                        .respondWithin("guard-critical-vulnerability", Duration.ofMinutes(30))
                                        .respondWithin("guard-security-alert", Duration.ofMinutes(40))
                                        .deliverWithin("guard-security-alert", Duration.ofHours(2))
                                        .respondWithin("guard-security-incident", Duration.ofMinutes(30))
                                        .respondWithin("guard-customer-vulnerability-intelligence", Duration.ofMinutes(30))
                                        .respondWithin("guard-customer-incident-intelligence", Duration.ofMinutes(30))
                                        .respondWithin("guard-customer-emergency", Duration.ofMinutes(30))))
                        .commitment("100", 22182)
                        .credit(Credits.byMissedMilestone("30", "30"), 22280))
                .claim(5, 60, 22285)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance after notifying the customer (cutover, "
                        + "repair, upgrade, failure drills) that made the response late"), 22301)
                .exclusion("4.2", REQUEST_MISSING_CONTACTS, 22303)
                .exclusion("4.3", CUSTOMER_UNREACHABLE, 22305)
                .exclusion("4.4", UNAVOIDABLE_FLAW, 22307)
                .exclusion("4.5", SERVICE_RISKS_ACCEPTED.worded("System crashes, business interruption or data loss during the "
                        + "security assessment, risks the customer knowingly accepts"), 22313)
                .exclusion("4.6", SECURITY_THREAT, 22317)
                .exclusion("4.7", MISCONFIGURED_OR_UNLAWFUL.worded("The customer did not follow the product's service process, did "
                        + "not configure or use the product as Tencent Cloud requires, or used it against the rules or unlawfully"), 22319)
                .exclusion("4.8", NON_PAYMENT, 22323)
                .exclusion("4.9", CARRIER_FAILURE, 22325)
                .exclusion("4.10", Clauses.ROUTINE_MAINTENANCE.worded("Maintenance or upgrade of network, hardware or the service, "
                        + "its schedule notified in advance on reasonable commercial principles"), 22327)
                .exclusion("4.11", FORCE_MAJEURE, 22329)
                .exclusion("4.12", FIX_NOT_APPLIED, 22331)
                .exclusion("4.13", HANDLING_ERRORS, 22333)
                .exclusion("4.14", TERMS_BREACH_SUSPENSION, 22335)
                .exclusion("4.15", LEGAL_EXEMPTION, 22337)
                .exclusion("4.16", OTHER_NOT_TENCENT, 22339)
                .note(TICKETS + " Kinds: preparation phase (10:00-12:00 and 14:00-17:00 of mainland working days, 22231-22240): "
                        + "prep-security-assessment and prep-risk-detection 2 h, prep-risk-remediation 4 h, prep-penetration-test 8 h; "
                        + "guarantee phase (7x24, calendar time): guard-critical-vulnerability (a 严重 vulnerability or intelligence "
                        + "detected, 30 min, 22182), guard-security-alert (a 严重/高危 alert: respond in 40 min, deliver the analysis "
                        + "in 2 h, 22213-22215), guard-security-incident (30 min, 22221), and the passive requests of 2.1.2: "
                        + "guard-customer-vulnerability-intelligence, guard-customer-incident-intelligence, guard-customer-emergency "
                        + "(30 min, 22246, 22256, 22266).")
                .note("Reading (22201, 22280): the alert analysis due within 2 hours (22215) is a 服务响应时长 like the responses, so a "
                        + "late analysis earns the same 30% (byMissedMilestone 30/30); a month with several late deadlines earns 30% once.")
                .note("Not checked: the intelligence syncs due 30 minutes or 2 hours after the intelligence (22184-22188, 22248-22252, "
                        + "22258-22262), whose deadline depends on how complete the intelligence is, which a ticket does not carry; "
                        + "reports due after the work ends (22231, 22234, 22240 working days; 22225, 22272 one natural day).")
                .note("Claims (3.2, 22283-22287) run from the end of the guarantee service period that missed the level (60 calendar "
                        + "days). The window here is counted from the end of the service month the period ended in, opening after "
                        + "the 5th working day of the next month.")
                .note("Credit basis (22201-22203): the cash paid for the service's online order.")
                .note(VOUCHERS)
                .note("Liability (5.1, 22341-22343): at most the service fee paid for the service in breach.")
                .build();
    }

    /** 渗透测试服务服务等级协议, seed 002 line 22365. */
    static SlaDefinition penetrationTesting() {
        SlaBuilder b = Sla.define("penetration-testing-service", Site.CN, Family.SECURITY)
                .names("渗透测试服务", "Penetration Testing Service")
                .source(Seeds.CN, 22365, "渗透测试服务服务等级协议")
                .liabilityCapOverMonths(12, 22505)
                .updated("2023-05-16T15:52:59")
                .effectiveFromUpdatedDate()
                // 2.1 (22426-22428): respond within 8 service hours; the test report within 5 working days after the service.
                .metric(metric("service-availability", "服务可用性（服务有效期与响应时长）")
                        .measuredBy(Rules.deadlines(serviceHours())
                                .respondWithin("penetration-test", Duration.ofHours(8))
                                .deliverWithinWorkingDays("test-report", 5))
                        .commitment("100", 22428)
                        .credit(Credits.byMissedMilestone("30", "10"), 22513))
                .claim(5, 60, 22445);
        return seventeen(b, true, "penetration test", 22461, 22463, 22465, 22467, 22469, 22475, 22479, 22481, 22483, 22485,
                22487, 22491, 22493, 22495, 22497, 22499, 22501)
                .note(TICKETS + " Kinds: penetration-test (8 h of service hours) and test-report.")
                .note(REPORT_TICKET + " Reading (22388, 22428): a late test report is 服务有效期超时 (the service not completed in "
                        + "the agreed time).")
                .note("Credit (3.1, 22511-22515): a late response earns 30% of the service fee, a late report 10%; a month with both "
                        + "earns 30% once (22435: the cases are alternatives). The fee is the cash actually paid (22435-22437).")
                .note(VOUCHERS)
                .note("Liability (5.1, 22503-22507): at most the fees paid for the service in breach; after 12 months of use, at most "
                        + "the fees paid in the 12 months before the damage.")
                .build();
    }

    /** 暴露面管理服务服务等级协议, seed 002 line 22529. */
    static SlaDefinition exposureManagement() {
        SlaBuilder b = Sla.define("exposure-management-service", Site.CN, Family.SECURITY)
                .names("暴露面管理服务", "Exposure Management Service")
                .source(Seeds.CN, 22529, "暴露面管理服务服务等级协议")
                .updated("2023-12-19T17:24:01")
                .effectiveFromUpdatedDate()
                // 2 (22656-22676) deadlines; 22612: at most 3 late responses a service month (3 included).
                .metric(metric("response-time", "服务响应时长")
                        .measuredBy(Rules.deadlines(serviceHours())
                                .respondWithin("exposure-notice", Duration.ofHours(4))
                                .respondWithin("instant-report", Duration.ofHours(8))
                                .respondWithin("weekly-report", Duration.ofHours(12))
                                .allowingBreaches(3))
                        .commitment("100", 22612)
                        .credit(Credits.byBreachCount(Credits.breaches("1-3", "0"), Credits.breaches("4-5", "5"),
                                Credits.breaches("6+", "10")), 22686))
                .claim(5, 60, 22632);
        return seventeen(b, false, "exposure management service", 22648, 22695, 22697, 22699, 22701, 22707, 22711, 22715,
                22717, 22719, 22721, 22725, 22727, 22729, 22731, 22733, 22735)
                .note(TICKETS.replace("Give each service request as a ticket (kind, opened = when the request was made by phone "
                        + "or WeChat, responded = when the team answered with the plan); the response time is 服务团队响应时间 - "
                        + "用户需求发起时间.", "Give each deliverable as a ticket.") + " Kinds: exposure-notice (opened when the "
                        + "monitoring system found a major threat exposure, responded when the customer was notified: 4 h, "
                        + "22662-22664), instant-report (opened when the analysis was verified, responded when the report was sent: "
                        + "8 h, 22670-22672), weekly-report (opened at the agreed delivery time, responded when sent: 12 h, "
                        + "22674-22676); all on 10:00-12:00 and 14:00-17:00 of mainland working days.")
                .note("Commitment (22612): at most 3 late responses in a service month (3 included) meets the level; each late "
                        + "deliverable counts once (22576-22578). Credit (3.1, 22684-22688): 3 < late <= 5 earns 5% of the month's "
                        + "fee, more than 5 earns 10%.")
                .note("Reading: the examples of 1.5 (22594-22596: found 09:00, sent 14:00, \"5 hours\"; 22600: agreed 08:30, sent "
                        + "16:30, \"8 hours\") subtract clock times; the deadlines of 2 state the service hours, which decide lateness "
                        + "here (found 09:00, sent 14:00 is 2 service hours).")
                .note("Service months (22552-22556) are the calendar months of the purchase, the first and last partial; response "
                        + "times are counted per month and per service item. The fee is the month's fee actually paid (22622-22624).")
                .note(VOUCHERS)
                .note("Liability (5.1, 22737-22739): at most the service fee paid for the service in breach.")
                .build();
    }

    /** 漏洞治理服务服务等级协议, seed 002 line 22750. */
    static SlaDefinition vulnerabilityGovernance() {
        return Sla.define("vulnerability-governance-service", Site.CN, Family.SECURITY)
                .names("漏洞治理服务", "Vulnerability Governance Service")
                .source(Seeds.CN, 22750, "漏洞治理服务服务等级协议")
                .updated("2024-01-11T17:54:01")
                .effectiveFromUpdatedDate()
                // 2.1 (22820-22827); 22830: fewer than 3 late responses to major vulnerabilities a month.
                .metric(metric("response-time", "服务响应时长")
                        .measuredBy(Rules.deadlines(serviceHours())
                                .respondWithin("major-vulnerability", Duration.ofHours(4))
                                .respondWithin("risk-response", Duration.ofHours(24))
                                .allowingBreaches(2))
                        .commitment("100", 22820)
                        .credit(Credits.byBreachCount(Credits.breaches("1-2", "0"), Credits.breaches("3-4", "5"),
                                Credits.breaches("5-6", "10"), Credits.breaches("7+", "25")), 22894))
                .claim(5, 60, 22848)
                .exclusion("4.1", "component-outside-live-business", "Vulnerabilities of components not used in the customer's "
                        + "live business are outside the service", 22864)
                .exclusion("4.2", "new-business-logic-vulnerability", "Business-logic vulnerabilities newly found by penetration "
                        + "tests or attack-defense exercises are outside the service", 22866)
                .exclusion("4.3", "non-generic-vulnerability", "Non-generic vulnerabilities not published by CVE or the product "
                        + "vendor are outside the service", 22868)
                .exclusion("4.4", NOT_TENCENT_CAUSE, 22870)
                .exclusion("4.5", LEGAL_EXEMPTION, 22872)
                .note(TICKETS.replace("Give each service request as a ticket (kind, opened = when the request was made by phone "
                        + "or WeChat, responded = when the team answered with the plan); the response time is 服务团队响应时间 - "
                        + "用户需求发起时间.", "Give each request as a ticket.") + " Kinds: major-vulnerability (opened when the "
                        + "team detected a major vulnerability, responded when the risk assessment and fix plan were sent: 4 h, "
                        + "22820-22822), risk-response (opened at the vulnerability warning or the customer's scan request, "
                        + "responded when the affected-asset list and fix plan were submitted: 24 h, 22825-22827); both on "
                        + "10:00-12:00 and 14:00-17:00 of mainland working days (\"<= 4小时\", 4 hours included).")
                .note("Commitment (22830): fewer than 3 late responses a service month (\"< 3次\": 2 allowed). Reading: 1.5 and 22830 "
                        + "count 重大漏洞超时响应次数, and 22795's example counts a late risk response in it too, so both kinds count. "
                        + "Credit (3.1, 22892-22898): 3-4 late earn 5% of the month's fee, 5-6 earn 10%, 7 or more 25%.")
                .note("Credit basis (22838-22840): the month's service fee is 1/12 of the annual fee (give it as the month's fee); "
                        + "the credit is at most that month's fee.")
                .note("4.1-4.3 (22864-22868) put vulnerabilities outside the service: give their time as excluded, or leave such "
                        + "vulnerabilities out of the tickets.")
                .note(VOUCHERS)
                .note("Liability (5.1, 22874-22876): at most the service fee paid for the service in breach.")
                .build();
    }

    /** 风险评估服务服务等级协议, seed 002 line 22907. */
    static SlaDefinition riskAssessment() {
        SlaBuilder b = Sla.define("risk-assessment-service", Site.CN, Family.SECURITY)
                .names("风险评估服务", "Risk Assessment Service")
                .source(Seeds.CN, 22907, "风险评估服务服务等级协议")
                .updated("2024-05-28T16:22:21")
                .effectiveFromUpdatedDate()
                // 2.1 (22958-22968): every assessment responds within 5 service hours; its report within 5 working days after the service.
                .metric(metric("service-availability", "服务可用性（服务有效期与响应时长）")
                        .measuredBy(Rules.deadlines(serviceHours())
                                .respondWithin("cloud-security-assessment", Duration.ofHours(5))
                                .respondWithin("exposure-assessment", Duration.ofHours(5))
                                .respondWithin("defense-capability-assessment", Duration.ofHours(5))
                                .respondWithin("security-inspection", Duration.ofHours(5))
                                .deliverWithinWorkingDays("assessment-report", 5))
                        .commitment("100", 22962)
                        .credit(Credits.byMissedMilestone("30", "10"), 23053))
                .claim(5, 60, 22989);
        return seventeen(b, false, "risk assessment", 23003, 23005, 23007, 23009, 23011, 23017, 23021, 23023, 23025, 23027,
                23029, 23031, 23033, 23035, 23037, 23039, 23041)
                .note(TICKETS + " Kinds: cloud-security-assessment, exposure-assessment, defense-capability-assessment, "
                        + "security-inspection (5 h of service hours each, 22962-22968) and assessment-report.")
                .note(REPORT_TICKET + " Reading (22948, 22962): a late assessment report is 服务有效期超时.")
                .note("Credit (3.1, 23051-23055): a late response earns 30% of the service fee, a late report 10%; a month with both "
                        + "earns 30% once.")
                .note(VOUCHERS)
                .note("Liability (5.1, 23043-23045): at most the fees paid for the service in breach.")
                .build();
    }
}
