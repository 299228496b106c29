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
}
