package io.slakit.products.security;

import io.slakit.api.Availability;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.rules.Rules;
import io.slakit.core.rules.WindowedRate;
import io.slakit.core.rules.Windows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The content-security rule (图片/文本/音频/视频内容安全 2.1): a minute is unavailable when its failure rate is above
 * 0.01%, and the month's total is not the calendar's minutes but "服务端接收到有效服务请求的分钟数之和", the minutes in
 * which the server received valid requests. Unavailable minutes are counted by the core's windowed rate (exclusions
 * removed); only the denominator is this rule's own, and only these four texts of the seed use it.
 *
 * <p>A month without a single minute of valid requests has nothing to measure: 0 of 0 minutes, reported as 100%.
 */
final class ValidRequestMinutes implements Measurement {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final String percent;
    private final WindowedRate badMinutes;

    private ValidRequestMinutes(String percent) {
        this.percent = percent;
        this.badMinutes = Rules.errorRateAbove(percent, MINUTE);
    }

    /** Minutes above {@code percent} failed are down, against the minutes with valid requests. */
    static ValidRequestMinutes failureRateAbove(String percent) {
        return new ValidRequestMinutes(percent);
    }

    @Override
    public String rule() {
        return "valid-request-minutes";
    }

    @Override
    public Optional<Duration> window() {
        return Optional.of(MINUTE);
    }

    @Override
    public String describe() {
        return "A minute is unavailable when its failure rate is above " + percent + "%; availability is counted against the "
                + "minutes in which the server received valid requests (minutes without requests are left out of the total).";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>(badMinutes.parameters());
        p.put("total", "minutes-with-valid-requests");
        return p;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        Measured counted = badMinutes.measure(context);
        long active = 0;
        for (WindowSample sample : Windows.checked(context, MINUTE)) {
            if (sample.total() > 0) {
                active++;
            }
        }
        BigDecimal down = counted.unavailableMinutes().orElse(BigDecimal.ZERO);
        if (active == 0) {
            return new Measured(BigDecimal.ZERO, Optional.of(BigDecimal.ZERO), counted.excludedMinutes(),
                    Availability.ofPercent(BigDecimal.valueOf(100)),
                    "No minute of the month had valid requests: nothing to measure, 0 of 0 minutes.");
        }
        BigDecimal total = BigDecimal.valueOf(active);
        return new Measured(total, Optional.of(down), counted.excludedMinutes(), Availability.fromDowntime(down, total),
                counted.explanation() + " Total: the " + active + " minute(s) with valid requests, not the month's "
                        + context.month().totalMinutes() + ".");
    }
}
