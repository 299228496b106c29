package io.slakit.core.rules;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UsageShareTest {

    @Test
    void sumsTheUsageWeightedShareOfEachRegion() {
        // 1000 x 100/500 = 200, plus 300 x 30/60 = 150: 350.
        Money fee = UsageShare.feeOf(List.of(
                UsageShare.region("mainland", Money.of("1000.00", "CNY"), "500", "100"),
                UsageShare.region("apac-1", Money.of("300.00", "CNY"), "60", "30")));
        assertEquals(0, fee.amount().compareTo(new java.math.BigDecimal("350")));
    }

    @Test
    void aRegionWithoutUsageContributesNothing() {
        Money fee = UsageShare.feeOf(List.of(UsageShare.region("europe", Money.of("80.00", "CNY"), "0", "0")));
        assertEquals(0, fee.amount().signum());
    }

    @Test
    void aThirdOfAFeeIsKeptExactUntilDisplay() {
        // 100 x 1/3 = 33.333...; rounded for display to 33.33.
        Money fee = UsageShare.feeOf(List.of(UsageShare.region("mainland", Money.of("100.00", "CNY"), "3", "1")));
        assertEquals("33.33", fee.rounded().amount().toPlainString());
    }

    @Test
    void rejectsMoreItemUsageThanTheRegionHad() {
        assertThrows(InvalidInputException.class, () -> UsageShare.region("mainland", Money.of("1.00", "CNY"), "10", "11"));
    }
}
