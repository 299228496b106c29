package io.slakit.core.time;

import io.slakit.api.ClaimPolicy;
import io.slakit.api.ClaimWindow;
import io.slakit.api.InvalidInputException;
import io.slakit.api.SeedRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClaimWindowsTest {
    private static final ClaimPolicy FIVE_AND_SIXTY = ClaimPolicy.of(5, 60, SeedRef.of("002", 1527));

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource({
            // May 2024: 1 Wed, 2 Thu, 3 Fri, 6 Mon, 7 Tue is the 5th weekday; Apr 30 + 60 days = Jun 29.
            "2024-04-30, 2024-05-08, 2024-06-29",
            // June 2024: 3 Mon .. 7 Fri; May 31 + 60 = Jul 30.
            "2024-05-31, 2024-06-08, 2024-07-30",
            // March 2024: 1 Fri, 4, 5, 6, 7 Thu; Feb 29 + 60 = Apr 29.
            "2024-02-29, 2024-03-08, 2024-04-29"})
    void opensAfterTheFifthBusinessDayAndClosesSixtyDaysAfterTheMonth(String lastDay, String opens, String closes) {
        ClaimWindow window = ClaimWindows.weekdays().window(FIVE_AND_SIXTY, LocalDate.parse(lastDay));
        assertEquals(LocalDate.parse(opens), window.opensOn());
        assertEquals(LocalDate.parse(closes), window.closesOn());
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource({
            // "次月的第（30）个自然日内" with no opening delay: Apr 30 + 30 = May 30, the 30th day of May.
            "2024-04-30, 2024-05-01, 2024-05-30",
            // January: the 30th day counted from Feb 1 runs past February (leap 2024: Mar 1; 2025: Mar 2).
            "2024-01-31, 2024-02-01, 2024-03-01",
            "2025-01-31, 2025-02-01, 2025-03-02"})
    void noOpeningDelayOpensOnTheNextMonthsFirstDay(String lastDay, String opens, String closes) {
        ClaimPolicy within30th = ClaimPolicy.of(0, 30, SeedRef.of("002", 57418));
        ClaimWindow window = ClaimWindows.weekdays().window(within30th, LocalDate.parse(lastDay));
        assertEquals(LocalDate.parse(opens), window.opensOn());
        assertEquals(LocalDate.parse(closes), window.closesOn());
        assertEquals(LocalDate.parse(opens).plusDays(29), window.closesOn());
        assertEquals("from the first day of the next month to 30 calendar days after the service month ends", within30th.describe());
        assertEquals("from the day after the 5th business day of the next month to 60 calendar days after the service month ends",
                FIVE_AND_SIXTY.describe());
    }

    @ParameterizedTest
    @CsvSource({"2024-04-30, 2024-05-11"})
    void theBusinessCalendarIsPluggable(String lastDay, String opens) {
        // A calendar that also rests on May 1-3 (Labour Day): May 6, 7, 8, 9, 10 -> the 5th business day is May 10.
        BusinessCalendar holidays = day -> BusinessCalendar.weekdays().isBusinessDay(day)
                && !(day.getMonthValue() == 5 && day.getDayOfMonth() <= 3);
        assertEquals(LocalDate.parse(opens), new ClaimWindows(holidays).window(FIVE_AND_SIXTY, LocalDate.parse(lastDay)).opensOn());
    }

    private static final ClaimPolicy WITHIN_TWENTY = ClaimPolicy.withinBusinessDays(20, SeedRef.of("002", 12316));

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource({
            // May 2024 weekdays from Wed 1: 1-3 (3), 6-10 (8), 13-17 (13), 20-24 (18), Mon 27 (19), Tue 28 (20).
            "2024-04-30, 2024-05-01, 2024-05-28",
            // March 2024 from Fri 1: 1 (1), 4-8 (6), 11-15 (11), 18-22 (16), 25 26 27 (19), Thu 28 (20).
            "2024-02-29, 2024-03-01, 2024-03-28",
            // June 2024 from Sat 1: 3-7 (5), 10-14 (10), 17-21 (15), 24-28 (20): Fri 28.
            "2024-05-31, 2024-06-01, 2024-06-28",
            // January 2025 from Wed 1: 1-3 (3), 6-10 (8), 13-17 (13), 20-24 (18), 27 (19), Tue 28 (20).
            "2024-12-31, 2025-01-01, 2025-01-28"})
    void noticeWithinTwentyBusinessDaysRunsFromTheDayAfterTheMonth(String lastDay, String opens, String closes) {
        ClaimWindow window = ClaimWindows.weekdays().window(WITHIN_TWENTY, LocalDate.parse(lastDay));
        assertEquals(LocalDate.parse(opens), window.opensOn());
        assertEquals(LocalDate.parse(closes), window.closesOn());
    }

    @ParameterizedTest
    @CsvSource({"2024-04-30, 2024-05-31"})
    void theNoticeWindowFollowsThePluggableCalendar(String lastDay, String closes) {
        // Resting on May 1-3 as well: the 20 business days are May 6-10, 13-17, 20-24, 27-31 -> Fri May 31.
        BusinessCalendar holidays = day -> BusinessCalendar.weekdays().isBusinessDay(day)
                && !(day.getMonthValue() == 5 && day.getDayOfMonth() <= 3);
        ClaimWindow window = new ClaimWindows(holidays).window(WITHIN_TWENTY, LocalDate.parse(lastDay));
        assertEquals(LocalDate.parse("2024-05-01"), window.opensOn());
        assertEquals(LocalDate.parse(closes), window.closesOn());
    }

    @Test
    void aNoticeWindowNeedsAtLeastOneBusinessDay() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ClaimPolicy.withinBusinessDays(0, SeedRef.of("002", 12316)));
        assertEquals("businessDays", e.field());
    }

    private static final ClaimPolicy FIVE_AND_TWO_MONTHS = ClaimPolicy.withinMonths(5, 2, SeedRef.of("002", 17162));

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource({
            // "结束后两（2）个月内": Apr 30 -> Jun 30 (the month's end two months on); opens as the 5-business-day form (May 8).
            "2024-04-30, 2024-05-08, 2024-06-30",
            // Dec 31 -> Feb 28 2025 (no Feb 31); January 2025: 1 Wed, 2, 3, 6, 7 Tue is the 5th weekday.
            "2024-12-31, 2025-01-08, 2025-02-28",
            // Feb 29 -> Apr 30 (a month end stays a month end); March 2024 as above.
            "2024-02-29, 2024-03-08, 2024-04-30",
            // a partial month ending Jun 16 -> Aug 16; July 2024: 1 Mon .. 5 Fri is the 5th weekday.
            "2024-06-16, 2024-07-06, 2024-08-16"})
    void twoCalendarMonthsAfterTheMonthEnds(String lastDay, String opens, String closes) {
        ClaimWindow window = ClaimWindows.weekdays().window(FIVE_AND_TWO_MONTHS, LocalDate.parse(lastDay));
        assertEquals(LocalDate.parse(opens), window.opensOn());
        assertEquals(LocalDate.parse(closes), window.closesOn());
        assertEquals("from the day after the 5th business day of the next month to 2 calendar months after the service month ends",
                FIVE_AND_TWO_MONTHS.describe());
    }

    @Test
    void aMonthsWindowNeedsAtLeastOneMonth() {
        assertThrows(InvalidInputException.class, () -> ClaimPolicy.withinMonths(5, 0, SeedRef.of("002", 17162)));
    }

    @Test
    void aWindowsStateOnADayIncludesBothEnds() {
        ClaimWindow window = new ClaimWindow(LocalDate.of(2024, 5, 11), LocalDate.of(2024, 7, 1));
        assertEquals(ClaimWindow.State.NOT_YET_OPEN, window.stateOn(LocalDate.of(2024, 5, 10)));
        assertEquals(ClaimWindow.State.OPEN, window.stateOn(LocalDate.of(2024, 5, 11)));
        assertEquals(ClaimWindow.State.OPEN, window.stateOn(LocalDate.of(2024, 7, 1)));
        assertEquals(ClaimWindow.State.CLOSED, window.stateOn(LocalDate.of(2024, 7, 2)));
    }
}
