package io.slakit.products.storage;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.storage.StorageFixtures.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection-failure minute the storage texts share (CFS 6090, CBS 6257, CHDFS 6459, GooseFSx 6607,
 * GooseFS 6748, enterprise drive 6900, CSG 7173): a clock minute is down when every attempt in it failed;
 * a failure that does not last a minute is not counted. Each product's test names itself, its edition and
 * an exclusion code it states.
 */
abstract class FailedMinuteContract {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    abstract String product();

    /** The edition to evaluate, or null for the only one. */
    String edition() {
        return null;
    }

    /** A clause code the text states (announced maintenance in every storage text). */
    String exclusionCode() {
        return "announced-maintenance";
    }

    /** The credit of 22 failed minutes in a 15-day month (1 - 22/21600 = 99.898%): 10% under 99.9% and 99.95% tables alike, unless overridden. */
    String partialMonthCredit() {
        return "10";
    }

    ResourceReport run(YearMonth month, ResourceMonth resource) {
        return evaluate(product(), Site.CN, month, resource, edition());
    }

    void checkEdge(String month, int minutes, String percent) {
        YearMonth m = YearMonth.parse(month);
        ResourceReport r = run(m, lostMinutes(m, minutes));
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void aMinuteWithOneSuccessfulAttemptIsUp() {
        // 100 minutes with 59 of 60 attempts failing: never all failed, nothing counts.
        ResourceReport r = run(APRIL, windows(APRIL, MINUTE, 100, 60, 59));
        assertMinutes(metric(r), "0");
        assertTrue(metric(r).met());
    }

    @Test
    void aFailureShorterThanAMinuteIsNotCounted() {
        // 30 s of failed attempts inside 10:00: the minute also saw 30 successful attempts -> up.
        Instant ten = fifth(APRIL).plus(Duration.ofHours(10));
        ResourceMonth r = resource().window(WindowSample.of(ten, 60, 30)).build();
        assertMinutes(metric(run(APRIL, r)), "0");
    }

    @Test
    void excludedMinutesDoNotCount() {
        // 100 failed minutes, the first 60 inside time coded with a clause: 40 count (April: 99.907% -> met for 99.9).
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, MINUTE, 100, 60, 60)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(60)), exclusionCode()))
                .build();
        ResourceReport report = run(APRIL, r);
        assertMinutes(metric(report), "40");
    }

    @Test
    void aPartialServiceMonthCountsItsOwnMinutes() {
        // Opened on April 16 00:00 Beijing time: 15 days, 21,600 minutes. 99.9% allows 21.6: 22 failed minutes miss it
        // (1 - 22/21600 = 99.898%), though 22 of April's 43,200 would not.
        Instant opened = APRIL.atDay(16).atStartOfDay(BEIJING).toInstant();
        ResourceMonth.Builder b = resource().activeFrom(opened);
        ResourceMonth r = windowsFrom(b, opened.plus(Duration.ofHours(1)), MINUTE, 22, 60, 60).build();
        ResourceReport report = run(APRIL, r);
        assertMinutes(metric(report), "22");
        assertCredit(report, partialMonthCredit());
    }
}
