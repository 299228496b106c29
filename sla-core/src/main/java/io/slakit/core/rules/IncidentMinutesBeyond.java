package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Downtime minutes with a deductible per outage: only the part of each outage beyond its first
 * {@code deductible} counts ("低于5分钟的不计入不可用时间，超过5分钟的阈值部分计入...持续影响6分钟，则计入服务不可用分钟数为1分钟",
 * game anti-cheat ACE; "超过1分钟部分" in HTTPDNS). Outages merge as in {@link IncidentMinutes}
 * (overlaps once, excluded time removed first); each merged outage then counts
 * {@code max(0, length - deductible)}, rounded per outage by the rule's rounding.
 *
 * <p>A separate rule, not an option of {@link IncidentMinutes}: an outage of N minutes does not
 * count N minutes here, which every reader of {@code IncidentMinutes} (and the testkit's tier-edge
 * cases) assumes.
 */
public final class IncidentMinutesBeyond implements Measurement {
    private final Duration deductible;
    private final Rounding rounding;

    IncidentMinutesBeyond(Duration deductible, Rounding rounding) {
        this.deductible = Objects.requireNonNull(deductible, "deductible");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        if (deductible.isNegative() || deductible.isZero()) {
            throw new IllegalArgumentException("a deductible must be more than zero (else use IncidentMinutes), was " + deductible);
        }
    }

    /** The same rule with {@code newRounding} applied to each outage's counted part. */
    public IncidentMinutesBeyond rounding(Rounding newRounding) {
        return new IncidentMinutesBeyond(deductible, newRounding);
    }

    public Duration deductible() {
        return deductible;
    }

    public Rounding rounding() {
        return rounding;
    }

    @Override
    public String rule() {
        return "incident-minutes-beyond";
    }

    @Override
    public String describe() {
        return "Downtime minutes from incidents, overlaps counted once; each outage counts only its part beyond the first "
                + Threshold.human(deductible) + " (shorter outages count nothing), " + rounding.description() + ".";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("deductible", deductible.toString());
        p.put("rounding", rounding.name());
        return p;
    }

    /** The minutes one outage of {@code nanos} counts. */
    public BigDecimal countedMinutes(long nanos) {
        long beyond = Math.max(0, nanos - deductible.toNanos());
        if (beyond == 0) {
            return BigDecimal.ZERO;
        }
        return rounding.minutes(beyond);
    }

    @Override
    public Measured measure(MeasurementContext context) {
        IncidentSets sets = IncidentSets.of(context.resource(), context.month());
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        TimeSet all = sets.downAnywhere();
        BigDecimal down = BigDecimal.ZERO;
        int counting = 0;
        for (int i = 0; i < all.size(); i++) {
            BigDecimal minutes = countedMinutes(all.end(i) - all.start(i));
            if (minutes.signum() > 0) {
                counting++;
            }
            down = down.add(minutes);
        }
        String note = "";
        if (down.compareTo(total) > 0) {
            note = " Rounding pushed the count past the month's " + total + " minutes; the whole month counts as down.";
            down = total;
        }
        String explanation = all.size() + " outage(s) after merging and exclusions, " + counting + " longer than "
                + Threshold.human(deductible) + "; " + down.stripTrailingZeros().toPlainString() + " of " + total.toPlainString()
                + " minutes counted (the part of each beyond its first " + Threshold.human(deductible) + ", " + rounding.description() + ")." + note;
        return new Measured(total, Optional.of(down), sets.excludedMinutes(), Availability.fromDowntime(down, total), explanation);
    }
}
