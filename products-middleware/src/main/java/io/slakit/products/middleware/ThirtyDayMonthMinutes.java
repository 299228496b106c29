package io.slakit.products.middleware;

import io.slakit.api.Availability;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.rules.IncidentMinutes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Legacy CMQ's month: "本条款中的'月'均指 30 个自然日，按自然月计算" (002:4442). Downtime is counted over the calendar
 * month as {@link IncidentMinutes} counts it, and a whole calendar month, whatever its length, is 30 x 24 x 60 =
 * 43,200 minutes (the text's own figure, 4466); a partial first or last month keeps its own minutes.
 */
final class ThirtyDayMonthMinutes implements Measurement {
    static final BigDecimal THIRTY_DAYS = BigDecimal.valueOf(30L * 24 * 60);

    private final IncidentMinutes counting;

    ThirtyDayMonthMinutes(IncidentMinutes counting) {
        this.counting = counting;
    }

    @Override
    public String rule() {
        return "incident-minutes-30-day-month";
    }

    @Override
    public String describe() {
        return counting.describe().replaceAll("\\.$", "") + "; a whole month counts 30 days (43,200 minutes) whatever its length.";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>(counting.parameters());
        p.put("wholeMonthMinutes", THIRTY_DAYS.toPlainString());
        return p;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        Measured calendar = counting.measure(context);
        if (!context.month().isWholeCalendarMonth()) {
            return calendar;
        }
        BigDecimal down = calendar.unavailableMinutes().orElseThrow().min(THIRTY_DAYS);
        return new Measured(THIRTY_DAYS, calendar.unavailableMinutes(), calendar.excludedMinutes(),
                Availability.fromDowntime(down, THIRTY_DAYS),
                calendar.explanation() + " The month counts 30 days: availability is against 43,200 minutes.");
    }
}
