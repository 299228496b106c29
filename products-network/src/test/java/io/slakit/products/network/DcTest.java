package io.slakit.products.network;

import io.slakit.api.EvaluationReport;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DcTest {

    @ParameterizedTest(name = "{0} {1}: {2} lost minutes -> {3}%")
    @CsvSource({
            // Dual line, dual access point, 99.95%: April 21.6 allowed, May 22.32.
            "dual-line-dual-access-point, 2024-04, 21, 0", "dual-line-dual-access-point, 2024-04, 22, 10",
            "dual-line-dual-access-point, 2024-05, 22, 0", "dual-line-dual-access-point, 2024-05, 23, 10",
            // 99.00%: April 432 exactly -> 10%, 433 -> 25%; 95.00%: 2160 -> 25%, 2161 -> 100%.
            "dual-line-dual-access-point, 2024-04, 432, 10", "dual-line-dual-access-point, 2024-04, 433, 25",
            "dual-line-dual-access-point, 2024-04, 2160, 25", "dual-line-dual-access-point, 2024-04, 2161, 100",
            "dual-line-dual-access-point, 2024-05, 2233, 100",
            // Dual line, single access point, 99.00%: April 432 met exactly, 433 -> 10%; May 446 / 447.
            "dual-line-single-access-point, 2024-04, 432, 0", "dual-line-single-access-point, 2024-04, 433, 10",
            "dual-line-single-access-point, 2024-05, 446, 0", "dual-line-single-access-point, 2024-05, 447, 10",
            // 95.00%: April 2160 -> 10%, 2161 -> 25%; 90.00%: April 4320 -> 25%, 4321 -> 100%; May 4464 / 4465.
            "dual-line-single-access-point, 2024-04, 2160, 10", "dual-line-single-access-point, 2024-04, 2161, 25",
            "dual-line-single-access-point, 2024-04, 4320, 25", "dual-line-single-access-point, 2024-04, 4321, 100",
            "dual-line-single-access-point, 2024-05, 4464, 25", "dual-line-single-access-point, 2024-05, 4465, 100",
    })
    void tierEdges(String edition, String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth r = Fixtures.lostMinutes(m, minutes);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("dc", edition, m, r)));
    }

    @Test
    void singleLineHasNoSlaAndNoCredit() {
        YearMonth april = YearMonth.of(2024, 4);
        ResourceMonth r = ResourceMonth.builder("dcg-1", Fixtures.FEE).build();
        EvaluationReport report = Fixtures.evaluate("dc", "single-line", april, r);
        assertTrue(report.resources().get(0).metrics().isEmpty());
        assertEquals(0, report.totalCredit().amount().signum());
    }

    @Test
    void aMinuteWithAReplyIsUp() {
        YearMonth april = YearMonth.of(2024, 4);
        // 59 of 60 pings lost in each of 100 minutes: no minute has 100% loss.
        ResourceMonth r = Fixtures.windows(april, java.time.Duration.ofMinutes(1), 100, 60, 59).build();
        assertFalse(Fixtures.unavailable("dc", "dual-line-dual-access-point", april, r).signum() > 0);
    }
}
