package io.slakit.core.rules;

import io.slakit.api.Availability;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.RequestShare;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import io.slakit.api.spi.MeasurementContext;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Downtime weighted by the share of charged requests (HTTPDNS 2.1: 服务不可用时间 = (故障解决时间 -
 * 故障开始时间) x (收费请求次数 / 总请求次数)).
 *
 * <p>Each provider outage is clipped to the service month and loses its excluded time; each span
 * left is one outage. The threshold judges the outage's own length (the time the service was
 * down); an outage it keeps counts its exact length times charged / total requests, as an exact
 * fraction, and the rounding applies to that weighted time. An outage without a request share
 * counts with weight 1. Outages without a share merge where they overlap or touch, as in
 * {@link IncidentMinutes}; an outage with a share must not overlap another provider outage (which
 * weight would the shared time carry?), and is rejected if it does.
 */
public final class RequestWeightedMinutes implements Measurement {
    private static final BigInteger NANOS_PER_MINUTE = BigInteger.valueOf(60_000_000_000L);
    private static final RequestShare WHOLE = RequestShare.of(1, 1);

    private final Threshold threshold;
    private final Rounding rounding;

    RequestWeightedMinutes(Threshold threshold, Rounding rounding) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    /** Ignore outages shorter than {@code length} (judged before weighting); exactly {@code length} counts. */
    public RequestWeightedMinutes ignoringUnder(Duration length) {
        return new RequestWeightedMinutes(Threshold.under(length), rounding);
    }

    /** Ignore outages of {@code length} or less (judged before weighting). */
    public RequestWeightedMinutes ignoringAtOrUnder(Duration length) {
        return new RequestWeightedMinutes(Threshold.atOrUnder(length), rounding);
    }

    public RequestWeightedMinutes rounding(Rounding newRounding) {
        return new RequestWeightedMinutes(threshold, newRounding);
    }

    /** The weighted time's partial minutes round up: 11m01s counts 12, 30 s counts 1. */
    public RequestWeightedMinutes roundingUp() {
        return rounding(Rounding.UP_TO_MINUTE);
    }

    public Threshold threshold() {
        return threshold;
    }

    public Rounding rounding() {
        return rounding;
    }

    @Override
    public String rule() {
        return "request-weighted-incident-minutes";
    }

    @Override
    public String describe() {
        return "Downtime minutes from incidents, each outage's time multiplied by its charged / all requests (weight 1 when "
                + "not given); " + threshold.describe() + " (judged on the outage's own length), then the weighted time: "
                + rounding.description() + ".";
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("threshold", threshold.length().toString());
        p.put("thresholdIgnoresExactLength", Boolean.toString(threshold.ignoresExactLength()));
        p.put("thresholdJudges", "outage");
        p.put("rounding", rounding.name());
        p.put("roundingApplies", "weighted time");
        p.put("weight", "chargedRequests / totalRequests");
        return p;
    }

    @Override
    public boolean weighsRequestShares() {
        return true;
    }

    @Override
    public Measured measure(MeasurementContext context) {
        List<Incident> incidents = context.resource().incidents();
        rejectWeightedOverlaps(incidents);
        long from = TimeSet.nanos(context.month().start());
        long to = TimeSet.nanos(context.month().end());
        Map<String, TimeSet> excludedByScope = new LinkedHashMap<>();
        Map<String, TimeSet> unweightedByScope = new LinkedHashMap<>();
        for (Incident incident : incidents) {
            TimeSet span = TimeSet.of(incident.startInclusive(), incident.endExclusive());
            if (incident.attribution().isExcluded()) {
                excludedByScope.merge(incident.scope(), span, TimeSet::union);
            } else if (incident.requestShare().isEmpty()) {
                unweightedByScope.merge(incident.scope(), span, TimeSet::union);
            }
        }
        List<TimeSet> outages = new ArrayList<>();
        List<RequestShare> shares = new ArrayList<>();
        TimeSet unweighted = TimeSet.empty();
        for (Map.Entry<String, TimeSet> e : unweightedByScope.entrySet()) {
            unweighted = unweighted.union(e.getValue().clip(from, to).minus(excluded(excludedByScope, e.getKey())));
        }
        outages.add(unweighted);
        shares.add(WHOLE);
        for (Incident incident : incidents) {
            if (incident.requestShare().isPresent()) {
                outages.add(TimeSet.of(incident.startInclusive(), incident.endExclusive()).clip(from, to)
                        .minus(excluded(excludedByScope, incident.scope())));
                shares.add(incident.requestShare().get());
            }
        }
        BigDecimal down = BigDecimal.ZERO;
        int counted = 0;
        int weighted = 0;
        for (int k = 0; k < outages.size(); k++) {
            TimeSet set = outages.get(k);
            for (int i = 0; i < set.size(); i++) {
                long nanos = set.end(i) - set.start(i);
                if (!threshold.ignores(nanos)) {
                    down = down.add(weightedMinutes(nanos, shares.get(k), rounding));
                    counted++;
                    if (k > 0) {
                        weighted++;
                    }
                }
            }
        }
        BigDecimal total = BigDecimal.valueOf(context.month().totalMinutes());
        String note = "";
        if (down.compareTo(total) > 0) {
            // Rounding many short outages up can exceed the month; the month cannot be less than 0 % available.
            note = " Rounding pushed the count past the month's " + total + " minutes; the whole month counts as down.";
            down = total;
        }
        String explanation = counted + " outage(s) counted after merging and exclusions (" + weighted
                + " weighted by charged / all requests, the rest by 1); " + down.toPlainString() + " of " + total.toPlainString()
                + " minutes counted (" + threshold.describe() + " on the outage's own length; weighted time: "
                + rounding.description() + ")." + note;
        return new Measured(total, Optional.of(down), IncidentSets.of(context.resource(), context.month()).excludedMinutes(),
                Availability.fromDowntime(down, total), explanation);
    }

    /**
     * Minutes an outage of {@code nanos} counts at {@code share}: nanos x charged / total, exactly,
     * then rounded ({@link Rounding#EXACT} keeps 34 significant digits).
     */
    public static BigDecimal weightedMinutes(long nanos, RequestShare share, Rounding rounding) {
        BigInteger numerator = BigInteger.valueOf(nanos).multiply(BigInteger.valueOf(share.chargedRequests()));
        BigInteger denominator = NANOS_PER_MINUTE.multiply(BigInteger.valueOf(share.totalRequests()));
        return switch (rounding) {
            case UP_TO_MINUTE -> {
                BigInteger[] qr = numerator.divideAndRemainder(denominator);
                yield new BigDecimal(qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0]);
            }
            case DOWN_TO_MINUTE -> new BigDecimal(numerator.divide(denominator));
            case EXACT -> new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).stripTrailingZeros();
        };
    }

    private static TimeSet excluded(Map<String, TimeSet> excludedByScope, String scope) {
        // A resource-wide exclusion (empty scope) removes time from every scope; a scoped one only from its own.
        TimeSet everywhere = excludedByScope.getOrDefault("", TimeSet.empty());
        return scope.isEmpty() ? everywhere : everywhere.union(excludedByScope.getOrDefault(scope, TimeSet.empty()));
    }

    /** Rejects a provider outage with a request share that overlaps another provider outage. */
    private static void rejectWeightedOverlaps(List<Incident> incidents) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            if (!incidents.get(i).attribution().isExcluded()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> incidents.get(i).startInclusive()));
        int latestAny = -1;
        int latestWeighted = -1;
        for (int i : order) {
            Incident incident = incidents.get(i);
            boolean isWeighted = incident.requestShare().isPresent();
            int other = isWeighted ? latestAny : latestWeighted;
            if (other >= 0 && incident.startInclusive().isBefore(incidents.get(other).endExclusive())) {
                throw new InvalidInputException("incidents[" + i + "]", incident, "overlaps incidents[" + other + "] "
                        + incidents.get(other) + "; an outage weighted by requests must not overlap another outage: give each "
                        + "period once, with the requests charged during it");
            }
            if (latestAny < 0 || incident.endExclusive().isAfter(incidents.get(latestAny).endExclusive())) {
                latestAny = i;
            }
            if (isWeighted && (latestWeighted < 0 || incident.endExclusive().isAfter(incidents.get(latestWeighted).endExclusive()))) {
                latestWeighted = i;
            }
        }
    }
}
