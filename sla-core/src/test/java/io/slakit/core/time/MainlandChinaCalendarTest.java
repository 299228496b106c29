package io.slakit.core.time;

import io.slakit.api.ClaimPolicy;
import io.slakit.api.ClaimWindow;
import io.slakit.api.SeedRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped mainland schedule, year by year, pinned from the State Council's notices: every day
 * off (放假) and every make-up working day (调休上班) of each calendar year, then the claim windows
 * they move.
 */
class MainlandChinaCalendarTest {
    private static final DayListCalendar CN = DayListCalendar.mainlandChina();
    private static final ClaimPolicy FIVE_AND_SIXTY = ClaimPolicy.of(5, 60, SeedRef.of("002", 1527));
    private static final ClaimPolicy THREE_AND_SIXTY = ClaimPolicy.of(3, 60, SeedRef.of("002", 1));
    private static final ClaimPolicy WITHIN_TWENTY = ClaimPolicy.withinBusinessDays(20, SeedRef.of("002", 12316));

    /** Days off and days worked in calendar year {@code year} are exactly these; each is (not) a business day. */
    private static void pins(int year, String notice, String off, String worked) {
        assertTrue(CN.source(year).orElseThrow().contains(notice), CN.source(year).orElseThrow());
        Set<LocalDate> expectedOff = days(off);
        Set<LocalDate> expectedWorked = days(worked);
        assertEquals(expectedOff, inYear(CN.daysOff().keySet(), year), "days off in " + year);
        assertEquals(expectedWorked, inYear(CN.daysWorked().keySet(), year), "days worked in " + year);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean expected = expectedWorked.contains(day) || weekday && !expectedOff.contains(day);
            assertEquals(expected, CN.isBusinessDay(day), day.toString());
        }
        for (LocalDate day : expectedWorked) {
            assertTrue(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY, day + " is a weekend day");
        }
    }

    private static Set<LocalDate> days(String list) {
        Set<LocalDate> out = new TreeSet<>();
        for (String item : list.split(",")) {
            String[] range = item.strip().split("\\.\\.");
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.add(d);
            }
        }
        return out;
    }

    private static Set<LocalDate> inYear(Set<LocalDate> days, int year) {
        Set<LocalDate> out = new TreeSet<>();
        days.stream().filter(d -> d.getYear() == year).forEach(out::add);
        return out;
    }

    @Test
    void knowsTheYears2020To2026() {
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026), new ArrayList<>(CN.years().keySet()));
        assertEquals("2020-2026", CN.knownYears());
        assertEquals("mainland China, State Council holiday notices 2020-2026", CN.name());
        assertEquals(CN.name(), BusinessCalendar.mainlandChina().name());
    }

    @Test
    void year2020() {
        // 国办发明电〔2019〕16号, and 〔2020〕1号 extending the Spring Festival to Feb 2 (Sat Feb 1 no longer worked).
        pins(2020, "国办发明电〔2019〕16号", "2020-01-01, 2020-01-24..2020-02-02, 2020-04-04..2020-04-06, 2020-05-01..2020-05-05,"
                + " 2020-06-25..2020-06-27, 2020-10-01..2020-10-08",
                "2020-01-19, 2020-04-26, 2020-05-09, 2020-06-28, 2020-09-27, 2020-10-10");
        assertTrue(CN.source(2020).orElseThrow().contains("国办发明电〔2020〕1号"));
        assertFalse(CN.isBusinessDay(LocalDate.of(2020, 2, 1)));
    }

    @Test
    void year2021() {
        pins(2021, "国办发明电〔2020〕27号", "2021-01-01..2021-01-03, 2021-02-11..2021-02-17, 2021-04-03..2021-04-05,"
                + " 2021-05-01..2021-05-05, 2021-06-12..2021-06-14, 2021-09-19..2021-09-21, 2021-10-01..2021-10-07",
                "2021-02-07, 2021-02-20, 2021-04-25, 2021-05-08, 2021-09-18, 2021-09-26, 2021-10-09");
    }

    @Test
    void year2022() {
        // Dec 31 (a Saturday) is the first day of the 2023 notice's New Year holiday.
        pins(2022, "国办发明电〔2021〕11号", "2022-01-01..2022-01-03, 2022-01-31..2022-02-06, 2022-04-03..2022-04-05,"
                + " 2022-04-30..2022-05-04, 2022-06-03..2022-06-05, 2022-09-10..2022-09-12, 2022-10-01..2022-10-07, 2022-12-31",
                "2022-01-29, 2022-01-30, 2022-04-02, 2022-04-24, 2022-05-07, 2022-10-08, 2022-10-09");
    }

    @Test
    void year2023() {
        pins(2023, "国办发明电〔2022〕16号", "2023-01-01..2023-01-02, 2023-01-21..2023-01-27, 2023-04-05, 2023-04-29..2023-05-03,"
                + " 2023-06-22..2023-06-24, 2023-09-29..2023-10-06",
                "2023-01-28, 2023-01-29, 2023-04-23, 2023-05-06, 2023-06-25, 2023-10-07, 2023-10-08");
    }

    @Test
    void year2024() {
        // New Year and Dragon Boat: one day off joined to the weekend; New Year's Eve (Feb 9) is a working day.
        pins(2024, "国办发明电〔2023〕7号", "2024-01-01, 2024-02-10..2024-02-17, 2024-04-04..2024-04-06, 2024-05-01..2024-05-05,"
                + " 2024-06-10, 2024-09-15..2024-09-17, 2024-10-01..2024-10-07",
                "2024-02-04, 2024-02-18, 2024-04-07, 2024-04-28, 2024-05-11, 2024-09-14, 2024-09-29, 2024-10-12");
        assertTrue(CN.isBusinessDay(LocalDate.of(2024, 2, 9)));
    }

    @Test
    void year2025() {
        pins(2025, "国办发明电〔2024〕12号", "2025-01-01, 2025-01-28..2025-02-04, 2025-04-04..2025-04-06, 2025-05-01..2025-05-05,"
                + " 2025-05-31..2025-06-02, 2025-10-01..2025-10-08",
                "2025-01-26, 2025-02-08, 2025-04-27, 2025-09-28, 2025-10-11");
    }

    @Test
    void year2026() {
        pins(2026, "2026年部分节假日安排", "2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-04-04..2026-04-06,"
                + " 2026-05-01..2026-05-05, 2026-06-19..2026-06-21, 2026-09-25..2026-09-27, 2026-10-01..2026-10-07",
                "2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10");
    }

    @ParameterizedTest(name = "{0}: opens {1} (Monday to Friday: {2})")
    @CsvSource({
            // April 2024: May 1-5 Labour Day; May 6, 7, 8, 9, 10 -> the 5th working day is May 10. Weekdays: May 7.
            "2024-04-30, 2024-05-11, 2024-05-08",
            // Spring Festival, January 2025: Feb 1-2 weekend, Feb 3-4 holiday; 5, 6, 7, Sat 8 (worked), Mon 10 -> Feb 11.
            // Weekdays: Feb 3, 4, 5, 6, 7 -> Feb 8.
            "2025-01-31, 2025-02-11, 2025-02-08",
            // National Day, September 2025: Oct 1-8 off; 9, 10, Sat 11 (worked), 13, 14 -> Oct 15. Weekdays: Oct 1-3, 6, 7 -> Oct 8.
            "2025-09-30, 2025-10-15, 2025-10-08",
            // National Day, September 2024: Oct 1-7 off; 8, 9, 10, 11, Sat 12 (worked) -> Oct 13. Weekdays: Oct 1-4, 7 -> Oct 8.
            "2024-09-30, 2024-10-13, 2024-10-08",
            // A Sunday make-up day counts, January 2024: Feb 1, 2, Sun 4 (worked), 5, 6 -> Feb 7. Weekdays: Feb 1, 2, 5, 6, 7 -> Feb 8.
            "2024-01-31, 2024-02-07, 2024-02-08",
            // Sunday Apr 7 2024 worked after Qingming (Apr 4-6): Apr 1, 2, 3, Sun 7, 8 -> Apr 9. Weekdays: Apr 1-5 -> Apr 6.
            "2024-03-31, 2024-04-09, 2024-04-06",
            // New Year 2025: Jan 1 off; 2, 3, 6, 7, 8 -> Jan 9. Weekdays: Jan 1-3, 6, 7 -> Jan 8.
            "2024-12-31, 2025-01-09, 2025-01-08"})
    void theFifthWorkingDayOfTheNextMonth(String lastDay, String opens, String weekdaysOpen) {
        LocalDate last = LocalDate.parse(lastDay);
        ClaimWindow window = new ClaimWindows(CN).window(FIVE_AND_SIXTY, last);
        assertEquals(LocalDate.parse(opens), window.opensOn());
        assertEquals(last.plusDays(60), window.closesOn());
        assertEquals(CN.name(), window.calendar());
        assertEquals(LocalDate.parse(weekdaysOpen), ClaimWindows.weekdays().window(FIVE_AND_SIXTY, last).opensOn());
        assertEquals("Monday to Friday", ClaimWindows.weekdays().window(FIVE_AND_SIXTY, last).calendar());
    }

    @Test
    void theThirdWorkingDayAroundTheSpringFestival() {
        // VOD/MPS, January 2025: Feb 5, 6, 7 -> Feb 8 (weekdays: Feb 3, 4, 5 -> Feb 6).
        assertEquals(LocalDate.of(2025, 2, 8), new ClaimWindows(CN).window(THREE_AND_SIXTY, LocalDate.of(2025, 1, 31)).opensOn());
        assertEquals(LocalDate.of(2025, 2, 6), ClaimWindows.weekdays().window(THREE_AND_SIXTY, LocalDate.of(2025, 1, 31)).opensOn());
    }

    @Test
    void aNoticeWithinTwentyWorkingDays() {
        // PCX, April 2024: May 6-10 (5), Sat 11 (6), 13-17 (11), 20-24 (16), 27, 28, 29, 30 (20) -> May 30.
        ClaimWindow window = new ClaimWindows(CN).window(WITHIN_TWENTY, LocalDate.of(2024, 4, 30));
        assertEquals(LocalDate.of(2024, 5, 1), window.opensOn());
        assertEquals(LocalDate.of(2024, 5, 30), window.closesOn());
    }

    @Test
    void aDateOutsideTheKnownYearsIsAnErrorNamingTheYear() {
        DateOutsideCalendarException late = assertThrows(DateOutsideCalendarException.class,
                () -> CN.isBusinessDay(LocalDate.of(2027, 1, 4)));
        assertEquals(2027, late.year());
        assertEquals("business calendar: \"2027-01-04\" is in 2027, a year the calendar \"mainland China, State Council holiday "
                + "notices 2020-2026\" does not know (it knows 2020-2026); give a calendar that covers 2027", late.getMessage());
        assertEquals(2019, assertThrows(DateOutsideCalendarException.class, () -> CN.isBusinessDay(LocalDate.of(2019, 12, 31))).year());
        // December 2026's window is counted in January 2027: an error, not a Monday-to-Friday guess.
        assertEquals(2027, assertThrows(DateOutsideCalendarException.class,
                () -> new ClaimWindows(CN).window(FIVE_AND_SIXTY, LocalDate.of(2026, 12, 31))).year());
        assertEquals(2027, assertThrows(DateOutsideCalendarException.class,
                () -> new ClaimWindows(CN).window(WITHIN_TWENTY, LocalDate.of(2026, 12, 31))).year());
        // November 2026 is still known: Dec 1, 2, 3, 4, 7 -> Dec 8.
        assertEquals(LocalDate.of(2026, 12, 8), new ClaimWindows(CN).window(FIVE_AND_SIXTY, LocalDate.of(2026, 11, 30)).opensOn());
    }

    @Test
    void theSitePicksTheCalendar() {
        assertEquals(CN.name(), BusinessCalendar.forSite(io.slakit.api.Site.CN).name());
        assertEquals("Monday to Friday", BusinessCalendar.forSite(io.slakit.api.Site.INTL).name());
        assertEquals("mine", BusinessCalendar.named("mine", BusinessCalendar.weekdays()).name());
        BusinessCalendar lambda = day -> true;
        assertEquals("custom calendar", lambda.name());
    }
}
