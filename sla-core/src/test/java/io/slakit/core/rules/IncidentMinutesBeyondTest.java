package io.slakit.core.rules;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.MeasurementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** "超过5分钟的阈值部分计入...持续影响6分钟，则计入服务不可用分钟数为1分钟": each outage counts only beyond its first 5 minutes. */
class IncidentMinutesBeyondTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ServiceMonth APRIL = ServiceMonth.calendar(YearMonth.of(2024, 4), BEIJING);
    private static final IncidentMinutesBeyond ACE = Rules.incidentMinutesBeyond(Duration.ofMinutes(5));
    private static final Instant T = APRIL.start().plus(Duration.ofDays(3));

    private static Measured measure(IncidentMinutesBeyond rule, Incident... incidents) {
        ResourceMonth r = ResourceMonth.builder("r", Money.of("100.00", "CNY")).incidents(List.of(incidents)).build();
        return rule.measure(MeasurementContext.alone(APRIL, r, Set.of("maintenance")));
    }

    private static Incident outage(long fromSeconds, long toSeconds) {
        return Incident.of(T.plusSeconds(fromSeconds), T.plusSeconds(toSeconds));
    }

    @ParameterizedTest(name = "{0} s counts {1} minutes")
    @CsvSource({"240, 0", "299, 0", "300, 0", "303, 0.05", "330, 0.5", "360, 1", "3900, 60"})
    void eachOutageCountsOnlyBeyondItsFirstFiveMinutes(long seconds, String minutes) {
        Measured m = measure(ACE, outage(0, seconds));
        assertEquals(0, new BigDecimal(minutes).compareTo(m.unavailableMinutes().orElseThrow()), seconds + " s: " + m.unavailableMinutes());
    }

    @Test
    void theDeductibleAppliesPerOutageNotPerMonth() {
        // three 6-minute outages count 1 each: 3 minutes, not 18 - 5 = 13
        Measured m = measure(ACE, outage(0, 360), outage(3600, 3960), outage(7200, 7560));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(m.unavailableMinutes().orElseThrow()));
        // overlapping reports merge first: 0-4 min and 2-8 min are one 8-minute outage, counting 3
        Measured merged = measure(ACE, outage(0, 240), outage(120, 480));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(merged.unavailableMinutes().orElseThrow()));
        // availability against 43,200 April minutes
        assertEquals(0, new BigDecimal("43197").compareTo(m.availability().available()));
    }

    @Test
    void excludedTimeIsRemovedBeforeTheDeductible() {
        // a 10-minute outage whose middle 4 minutes are excluded: two 3-minute pieces, neither beyond 5 minutes
        Measured m = measure(ACE, outage(0, 600), Incident.excluded(T.plusSeconds(180), T.plusSeconds(420), "maintenance"));
        assertEquals(0, BigDecimal.ZERO.compareTo(m.unavailableMinutes().orElseThrow()));
        assertEquals(0, BigDecimal.valueOf(4).compareTo(m.excludedMinutes().get("maintenance")));
    }

    @Test
    void roundingAppliesToTheCountedPart() {
        IncidentMinutesBeyond up = ACE.rounding(Rounding.UP_TO_MINUTE);
        assertEquals(0, BigDecimal.valueOf(2).compareTo(measure(up, outage(0, 361)).unavailableMinutes().orElseThrow()));
        assertEquals(0, BigDecimal.ZERO.compareTo(measure(up, outage(0, 300)).unavailableMinutes().orElseThrow()));
    }

    @Test
    void aZeroDeductibleIsRefusedAndTheRuleDescribesItself() {
        assertThrows(IllegalArgumentException.class, () -> Rules.incidentMinutesBeyond(Duration.ZERO));
        assertEquals("Downtime minutes from incidents, overlaps counted once; each outage counts only its part beyond the first 5 minutes "
                + "(shorter outages count nothing), exact duration.", ACE.describe());
    }
}
