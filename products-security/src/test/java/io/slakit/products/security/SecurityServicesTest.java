package io.slakit.products.security;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Ticket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.slakit.products.security.SecurityFixtures.APRIL;
import static io.slakit.products.security.SecurityFixtures.assertCredit;
import static io.slakit.products.security.SecurityTerms.beijing;
import static io.slakit.products.security.SecurityFixtures.evaluate;
import static io.slakit.products.security.SecurityFixtures.metric;
import static io.slakit.products.security.SecurityFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response-deadline services, worked by hand on mainland China's 2024 calendar (Qingming: April 4-6 off, Sunday
 * April 7 worked), service hours 10:00-12:00 and 14:00-17:00, a fee of 1,000.00.
 */
class SecurityServicesTest {

    private static ResourceReport run(String product, List<Incident> incidents, Ticket... tickets) {
        ResourceMonth.Builder b = resource().tickets(List.of(tickets));
        incidents.forEach(b::incident);
        return evaluate(product, APRIL, b.build());
    }

    private static Ticket ticket(String kind, String opened) {
        return Ticket.of(kind + "@" + opened, kind, beijing(opened));
    }

    // Emergency response (21838-21840, 21937).

    @Test
    void emergencyOpenedInServiceHoursIsDueAfterOneServiceHour() {
        // Tuesday April 2 11:30: 30 minutes to 12:00, 30 from 14:00: due 14:30.
        Ticket t = ticket("emergency-response", "2024-04-02T11:30");
        ResourceReport onTime = run("emergency-response-service", List.of(), t.respondedAt(beijing("2024-04-02T14:30")));
        assertTrue(metric(onTime).met());
        assertCredit(onTime, "0");
        ResourceReport late = run("emergency-response-service", List.of(), t.respondedAt(beijing("2024-04-02T14:31")));
        assertFalse(metric(late).met());
        assertCredit(late, "30");
    }

    @Test
    void emergencyOpenedOutsideServiceHoursIsDueAfterFourCalendarHours() {
        // Saturday April 13 20:00: due Sunday 00:00.
        Ticket t = ticket("emergency-response", "2024-04-13T20:00");
        assertCredit(run("emergency-response-service", List.of(), t.respondedAt(beijing("2024-04-14T00:00"))), "0");
        assertCredit(run("emergency-response-service", List.of(), t.respondedAt(beijing("2024-04-14T00:01"))), "30");
    }

    @Test
    void emergencyCustomerUnreachableStopsTheClock() {
        // Unreachable 11:30-11:50 (4.3): the hour runs 11:50-12:00 and 14:00-14:50; a response at 14:50 is on time. Control: 20 late.
        Ticket t = ticket("emergency-response", "2024-04-02T11:30").respondedAt(beijing("2024-04-02T14:50"));
        Incident unreachable = Incident.excluded(beijing("2024-04-02T11:30"), beijing("2024-04-02T11:50"), "customer-unreachable");
        assertCredit(run("emergency-response-service", List.of(), t), "30");
        ResourceReport excused = run("emergency-response-service", List.of(unreachable), t);
        assertTrue(metric(excused).met());
        assertCredit(excused, "0");
    }

    @Test
    void twoLateEmergencyResponsesEarnThirtyPercentOnce() {
        assertCredit(run("emergency-response-service", List.of(),
                ticket("emergency-response", "2024-04-02T10:00").respondedAt(beijing("2024-04-02T11:01")),
                ticket("emergency-response", "2024-04-13T20:00").respondedAt(beijing("2024-04-14T01:00"))), "30");
    }

    // Attack-defense (22011, 22021).

    @Test
    void attackDefenseEightServiceHoursCrossTheQingmingHolidays() {
        // Tuesday April 2 10:00: 5 hours that day, 2 on April 3 10:00-12:00, 1 from 14:00: due April 3 15:00.
        Ticket a = ticket("attack-defense", "2024-04-02T10:00");
        assertCredit(run("attack-defense-exercise-service", List.of(), a.respondedAt(beijing("2024-04-03T15:00"))), "0");
        assertCredit(run("attack-defense-exercise-service", List.of(), a.respondedAt(beijing("2024-04-03T15:01"))), "10");
        // Wednesday April 3 14:00: 3 hours that day, April 4-6 off, 5 on Sunday April 7 (worked): due April 7 17:00.
        Ticket b = ticket("attack-defense", "2024-04-03T14:00");
        assertCredit(run("attack-defense-exercise-service", List.of(), b.respondedAt(beijing("2024-04-07T17:00"))), "0");
        assertCredit(run("attack-defense-exercise-service", List.of(), b.respondedAt(beijing("2024-04-08T10:01"))), "10");
    }

    // MSS (21501-21515, 21584-21586).

    @Test
    void mssLateAssessmentReportEarnsTenPercent() {
        // Opened Tuesday April 2; 5 working days after it: April 3, 7, 8, 9, 10; due April 11 00:00.
        Ticket t = ticket("security-assessment", "2024-04-02T10:00").respondedAt(beijing("2024-04-02T11:00"));
        assertCredit(run("mss", List.of(), t.deliveredAt(beijing("2024-04-10T23:00"))), "0");
        assertCredit(run("mss", List.of(), t.deliveredAt(beijing("2024-04-11T09:00"))), "10");
    }

    @Test
    void mssLateResponseEarnsFiftyPercentAndOnceWithALateReport() {
        // Threat management opened April 2 10:00, 2 hours: due 12:00; answered 14:01 is one service minute late.
        Ticket threat = ticket("threat-management", "2024-04-02T10:00").respondedAt(beijing("2024-04-02T14:01"));
        assertCredit(run("mss", List.of(), threat), "50");
        Ticket report = ticket("security-assessment", "2024-04-02T10:00").respondedAt(beijing("2024-04-02T11:00"))
                .deliveredAt(beijing("2024-04-12T09:00"));
        assertCredit(run("mss", List.of(), threat, report), "50");
        // A critical alert (scenario 2) has 4 hours: opened 10:00, 2 hours to 12:00 and 2 from 14:00: due 16:00.
        Ticket alert = ticket("critical-alert", "2024-04-02T10:00");
        assertCredit(run("mss", List.of(), alert.respondedAt(beijing("2024-04-02T16:00"))), "0");
        assertCredit(run("mss", List.of(), alert.respondedAt(beijing("2024-04-02T16:01"))), "50");
    }

    // Critical-period assurance (22182-22266, 22280).

    @Test
    void criticalPeriodPreparationRunsOnServiceHoursAndTheGuaranteePhaseAroundTheClock() {
        Ticket prep = ticket("prep-penetration-test", "2024-04-02T10:00");
        String id = "critical-period-security-assurance";
        // 8 service hours from Tuesday 10:00: due Wednesday 15:00.
        assertCredit(run(id, List.of(), prep.respondedAt(beijing("2024-04-03T15:00"))), "0");
        assertCredit(run(id, List.of(), prep.respondedAt(beijing("2024-04-03T15:01"))), "30");
        // A customer's emergency at 03:00 (7x24): 30 minutes, due 03:30.
        Ticket night = ticket("guard-customer-emergency", "2024-04-02T03:00");
        assertCredit(run(id, List.of(), night.respondedAt(beijing("2024-04-02T03:30"))), "0");
        assertCredit(run(id, List.of(), night.respondedAt(beijing("2024-04-02T03:31"))), "30");
    }

    @Test
    void criticalPeriodAlertIsAnsweredInFortyMinutesAndAnalysedInTwoHours() {
        // Saturday April 13 22:00: respond by 22:40, the analysis by Sunday 00:00.
        String id = "critical-period-security-assurance";
        Ticket alert = ticket("guard-security-alert", "2024-04-13T22:00");
        assertCredit(run(id, List.of(), alert.respondedAt(beijing("2024-04-13T22:40")).deliveredAt(beijing("2024-04-14T00:00"))), "0");
        assertCredit(run(id, List.of(), alert.respondedAt(beijing("2024-04-13T22:41")).deliveredAt(beijing("2024-04-14T00:00"))), "30");
        assertCredit(run(id, List.of(), alert.respondedAt(beijing("2024-04-13T22:40")).deliveredAt(beijing("2024-04-14T00:01"))), "30");
        assertCredit(run(id, List.of(), alert.respondedAt(beijing("2024-04-13T22:41")).deliveredAt(beijing("2024-04-14T00:01"))), "30");
    }

    // Penetration testing (22428, 22513-22515).

    @Test
    void penetrationTestLateResponseThirtyLateReportTenBothThirty() {
        String id = "penetration-testing-service";
        Ticket test = ticket("penetration-test", "2024-04-02T10:00");
        // The service ended Friday April 12 18:00: 5 working days are April 15-19, due April 20 00:00.
        Ticket report = ticket("test-report", "2024-04-12T18:00");
        assertCredit(run(id, List.of(), report.deliveredAt(beijing("2024-04-19T23:59"))), "0");
        assertCredit(run(id, List.of(), report.deliveredAt(beijing("2024-04-22T09:00"))), "10");
        assertCredit(run(id, List.of(), test.respondedAt(beijing("2024-04-03T15:01"))), "30");
        assertCredit(run(id, List.of(), test.respondedAt(beijing("2024-04-03T15:01")), report.deliveredAt(beijing("2024-04-22T09:00"))), "30");
    }

    // Exposure management (22612, 22662-22676, 22686-22688).

    private static Ticket[] lateNotices(String kind, int n, String... days) {
        // Opened 10:00, 4 service hours: 10:00-12:00 and 14:00-16:00, due 16:00; answered 16:01.
        Ticket[] out = new Ticket[n];
        for (int i = 0; i < n; i++) {
            out[i] = ticket(kind, days[i] + "T10:00").respondedAt(beijing(days[i] + "T16:01"));
        }
        return out;
    }

    private static final String[] WORKING_DAYS = {"2024-04-08", "2024-04-09", "2024-04-10", "2024-04-11", "2024-04-12", "2024-04-15",
            "2024-04-16", "2024-04-17"};

    @Test
    void exposureManagementAllowsThreeLateAMonth() {
        String id = "exposure-management-service";
        ResourceReport three = run(id, List.of(), lateNotices("exposure-notice", 3, WORKING_DAYS));
        assertTrue(metric(three).met(), "3 late (3 included) meets 22612");
        assertCredit(three, "0");
        ResourceReport four = run(id, List.of(), lateNotices("exposure-notice", 4, WORKING_DAYS));
        assertFalse(metric(four).met());
        assertCredit(four, "5");
        assertCredit(run(id, List.of(), lateNotices("exposure-notice", 5, WORKING_DAYS)), "5");
        assertCredit(run(id, List.of(), lateNotices("exposure-notice", 6, WORKING_DAYS)), "10");
    }

    @Test
    void exposureManagementReportsRunOnServiceHours() {
        String id = "exposure-management-service";
        // 22594-22596: found 09:00, report sent 14:00: 2 service hours of the 8 allowed.
        ResourceReport instant = run(id, List.of(), ticket("instant-report", "2024-04-08T09:00").respondedAt(beijing("2024-04-08T14:00")));
        assertTrue(metric(instant).lateItems().orElseThrow().isEmpty());
        // 22600: agreed Monday 08:30, sent 16:30: 2 + 2.5 = 4.5 service hours of the 12 allowed.
        ResourceReport weekly = run(id, List.of(), ticket("weekly-report", "2024-04-08T08:30").respondedAt(beijing("2024-04-08T16:30")));
        assertTrue(metric(weekly).lateItems().orElseThrow().isEmpty());
        // 12 service hours from Monday 08:30: 5 + 5 on Monday and Tuesday, 2 on Wednesday 10:00-12:00: due Wednesday 12:00.
        Ticket late = ticket("weekly-report", "2024-04-08T08:30").respondedAt(beijing("2024-04-10T14:01"));
        assertEquals(1, metric(run(id, List.of(), late)).lateItems().orElseThrow().size());
    }

    // Vulnerability governance (22820-22830, 22894-22898).

    @Test
    void vulnerabilityGovernanceAllowsTwoLateAndPaysFiveTenTwentyFive() {
        String id = "vulnerability-governance-service";
        ResourceReport two = run(id, List.of(), lateNotices("major-vulnerability", 2, WORKING_DAYS));
        assertTrue(metric(two).met(), "2 late is fewer than 3 (22830)");
        assertCredit(two, "0");
        ResourceReport three = run(id, List.of(), lateNotices("major-vulnerability", 3, WORKING_DAYS));
        assertFalse(metric(three).met());
        assertCredit(three, "5");
        assertCredit(run(id, List.of(), lateNotices("major-vulnerability", 4, WORKING_DAYS)), "5");
        assertCredit(run(id, List.of(), lateNotices("major-vulnerability", 5, WORKING_DAYS)), "10");
        assertCredit(run(id, List.of(), lateNotices("major-vulnerability", 6, WORKING_DAYS)), "10");
        assertCredit(run(id, List.of(), lateNotices("major-vulnerability", 7, WORKING_DAYS)), "25");
    }

    @Test
    void vulnerabilityGovernanceRiskResponseHasTwentyFourServiceHours() {
        // Monday April 8 10:00: 5 service hours a day on April 8-11 (20), then 10:00-12:00 and 14:00-16:00 on Friday: due April 12 16:00.
        Ticket t = ticket("risk-response", "2024-04-08T10:00");
        String id = "vulnerability-governance-service";
        assertTrue(metric(run(id, List.of(), t.respondedAt(beijing("2024-04-12T16:00")))).lateItems().orElseThrow().isEmpty());
        assertEquals(1, metric(run(id, List.of(), t.respondedAt(beijing("2024-04-12T16:01")))).lateItems().orElseThrow().size());
    }

    // Risk assessment (22962-22968, 23053-23055).

    @Test
    void riskAssessmentFiveServiceHoursStandStillAfterFive() {
        String id = "risk-assessment-service";
        // Tuesday 10:00 + 5 service hours = 17:00; 17:01 is still 5 service hours (the clock stands still), Wednesday 10:01 is 1 late.
        Ticket t = ticket("cloud-security-assessment", "2024-04-02T10:00");
        assertCredit(run(id, List.of(), t.respondedAt(beijing("2024-04-02T17:01"))), "0");
        assertCredit(run(id, List.of(), t.respondedAt(beijing("2024-04-03T10:01"))), "30");
        // The report of a service ended Friday April 12 18:00 is due April 20 00:00.
        Ticket report = ticket("assessment-report", "2024-04-12T18:00");
        assertCredit(run(id, List.of(), report.deliveredAt(beijing("2024-04-22T09:00"))), "10");
        assertCredit(run(id, List.of(), t.respondedAt(beijing("2024-04-03T10:01")), report.deliveredAt(beijing("2024-04-22T09:00"))), "30");
    }
}
