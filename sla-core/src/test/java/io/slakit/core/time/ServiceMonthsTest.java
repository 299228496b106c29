package io.slakit.core.time;

import io.slakit.api.InvalidInputException;
import io.slakit.api.MonthRule;
import io.slakit.api.ServiceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceMonthsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0}: {1} minutes")
    @CsvSource({
            "2024-04, 43200",   // 30 days x 24 x 60
            "2024-05, 44640",   // 31 days
            "2024-02, 41760",   // leap February: 29 days
            "2023-02, 40320"})  // 28 days
    void totalMinutesAreDaysTimes1440(String month, long minutes) {
        assertEquals(minutes, ServiceMonth.calendar(YearMonth.parse(month), SHANGHAI).totalMinutes());
    }

    @Test
    void threeMonthsBoughtOnMarch17MakeFourServiceMonths() {
        // CVM 1.2.7 (002:1363): Mar 17-31, April, May, Jun 1-16.
        Optional<Instant> from = Optional.of(LocalDate.of(2024, 3, 17).atTime(14, 30).atZone(SHANGHAI).toInstant());
        Optional<Instant> until = Optional.of(LocalDate.of(2024, 6, 17).atStartOfDay(SHANGHAI).toInstant());
        ServiceMonth march = ServiceMonths.forResource(MonthRule.CALENDAR_WITH_PARTIAL, YearMonth.of(2024, 3), Optional.empty(), SHANGHAI, from, until).orElseThrow();
        ServiceMonth april = ServiceMonths.forResource(MonthRule.CALENDAR_WITH_PARTIAL, YearMonth.of(2024, 4), Optional.empty(), SHANGHAI, from, until).orElseThrow();
        ServiceMonth june = ServiceMonths.forResource(MonthRule.CALENDAR_WITH_PARTIAL, YearMonth.of(2024, 6), Optional.empty(), SHANGHAI, from, until).orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 17), march.firstDay());
        assertEquals(LocalDate.of(2024, 3, 31), march.lastDay());
        assertEquals(15 * 1440, march.totalMinutes());
        assertTrue(april.isWholeCalendarMonth());
        assertEquals(LocalDate.of(2024, 6, 1), june.firstDay());
        assertEquals(LocalDate.of(2024, 6, 16), june.lastDay());
        assertEquals(16 * 1440, june.totalMinutes());
    }

    @Test
    void wholeCalendarOnlyRulesSkipPartialMonths() {
        Optional<Instant> from = Optional.of(LocalDate.of(2024, 3, 17).atStartOfDay(SHANGHAI).toInstant());
        assertTrue(ServiceMonths.forResource(MonthRule.WHOLE_CALENDAR_ONLY, YearMonth.of(2024, 3), Optional.empty(), SHANGHAI, from, Optional.empty()).isEmpty());
        assertTrue(ServiceMonths.forResource(MonthRule.WHOLE_CALENDAR_ONLY, YearMonth.of(2024, 4), Optional.empty(), SHANGHAI, from, Optional.empty()).isPresent());
    }

    @Test
    void anniversaryMonthsRunFromTheActivationDay() {
        // IM (000): Mar 17 to Apr 16.
        ServiceMonth month = ServiceMonths.anniversary(LocalDate.of(2024, 3, 17), SHANGHAI);
        assertEquals(LocalDate.of(2024, 4, 16), month.lastDay());
        assertEquals(31 * 1440, month.totalMinutes());
    }

    @Test
    void activationAfterTheMonthIsAnError() {
        Optional<Instant> from = Optional.of(LocalDate.of(2024, 5, 2).atStartOfDay(SHANGHAI).toInstant());
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                ServiceMonths.forResource(MonthRule.CALENDAR_WITH_PARTIAL, YearMonth.of(2024, 4), Optional.empty(), SHANGHAI, from, Optional.empty()));
        assertEquals("activeFrom", e.field());
    }

    @Test
    void touchedCalendarMonthsCountWhole() {
        // webify 1.2 (002:37277): opened Mar 17 -> the first service month is Mar 1-31.
        Optional<Instant> from = Optional.of(LocalDate.of(2024, 3, 17).atStartOfDay(SHANGHAI).toInstant());
        ServiceMonth march = ServiceMonths.forResource(MonthRule.TOUCHED_CALENDAR_MONTHS, YearMonth.of(2024, 3), Optional.empty(), SHANGHAI, from, Optional.empty()).orElseThrow();
        assertEquals(LocalDate.of(2024, 3, 1), march.firstDay());
        assertEquals(31 * 1440, march.totalMinutes());
    }
}
