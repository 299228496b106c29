package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code slakit show} prints each of issue 14's rules in words (its describe()), one product per rule, never a class name. */
class ShowNewRulesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // deadlines on a service clock (21836-21840)
            "emergency-response-service | measured:  Deadlines by when the ticket was opened. Tickets opened in service hours 10:00-12:00 and 14:00-17:00 on working days",
            // deadlines on working days (CDM)
            "cdm | device-shipping: deliver within 15 working day(s) after the day opened",
            // a delivery ratio (SMS)
            "sms | measured:  Availability is the messages delivered over the messages sent to valid recipients in the month",
            // a credit in units that are not money
            "sms | Paid as SMS messages at the list price per unit given with the month (deliveries.unitPrice)",
            // composite minutes over signals (TSF)
            "tsf | measured:  A minute is unavailable when (registry down AND business down)",
            // summed scope minutes (CAT)
            "cat | measured:  Unavailable minutes of each component summed, not merged: task-creation (no threshold) + task-pause",
            // minutes beyond a per-outage deductible (ACE)
            "ace | each outage counts only its part beyond the first 5 minutes",
            // failed-count windows (RUM)
            "rum | measured:  A 1-minute window (aligned to 00:00:00) is unavailable when 5 or more requests in it failed",
            // a credit by the kind of deadline missed
            "emergency-response-service | credit:    Credit by the kind of deadline missed in the month: a late response -> 30% of the credit basis",
    })
    void eachRuleIsPrintedInWords(String product, String words) {
        MainTest.Run run = MainTest.run("show", product, "--at", "2025-06-01");
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.out().contains(words), run.out());
        List<String> rules = run.out().lines().filter(l -> l.startsWith("    measured:") || l.startsWith("    credit:")).toList();
        assertFalse(rules.isEmpty());
        for (String line : rules) {
            assertFalse(line.matches(".*(io\\.slakit|[A-Za-z]+@[0-9a-f]+|\\b[A-Z][a-zA-Z]+(Credit|Minutes|Rate|Ratio|Commitments|Routes)\\b).*"),
                    "a class name, not words: " + line);
            assertTrue(line.length() > 40, "too short to say the rule: " + line);
        }
    }

    @Test
    void theLiabilityCapAcrossMonthsIsPrintedWhereTheTextStatesIt() {
        assertTrue(MainTest.run("show", "cvm").out().contains("Liability:   the credits of any 12 consecutive months never exceed the fees "
                + "paid in them (all fees paid when the service was used 12 months or less) (002:1581; applied when several months are "
                + "evaluated together)\n"));
        assertTrue(MainTest.run("show", "cvm", "--format", "json").out().contains("\"liabilityCap\" : {\n    \"months\" : 12,"));
        // COS's 5.1 fixes its window before the first failure, not the ledger's rolling 12 months: it declares none.
        MainTest.Run cos = MainTest.run("show", "cos");
        assertEquals(Main.OK, cos.code(), cos.err());
        assertTrue(cos.out().contains("Credit:      "), cos.out());
        assertFalse(cos.out().contains("Liability:"));
        assertFalse(MainTest.run("show", "cos", "--format", "json").out().contains("liabilityCap"));
    }
}
