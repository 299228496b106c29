package io.slakit.products.network;

import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.core.rules.UsageShare;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

/** CDN and ECDN: the consecutive-unit contract at 0.05%, billed per domain as a usage share of each region's fee. */
abstract class DomainUsageShareContract extends ConsecutiveErrorUnitsContract {

    @Override
    int failuresAtThreshold() {
        return 5; // 5 of 10000 = 0.05%: not above the threshold
    }

    @Override
    int failuresAboveThreshold() {
        return 6;
    }

    @Test
    void aDomainsFeeIsItsUsageShareOfEachRegionFee() {
        YearMonth april = YearMonth.of(2024, 4);
        // Domain fee: mainland 1000 x 200/800 = 250, plus APAC-1 400 x 50/100 = 200: 450.00.
        Money fee = UsageShare.feeOf(List.of(
                UsageShare.region("mainland", Money.of("1000.00", "CNY"), "800", "200"),
                UsageShare.region("apac-1", Money.of("400.00", "CNY"), "100", "50")));
        // 87 abnormal units (435 minutes) in April: [95, 99) -> 25% of 450.00 = 112.50.
        ResourceMonth.Builder domain = ResourceMonth.builder("www.example.com", fee);
        java.time.Instant start = Fixtures.fifth(april);
        for (int i = 0; i < 87; i++) {
            domain.window(io.slakit.api.WindowSample.of(start.plus(FIVE.multipliedBy(i)), 10000, failuresAboveThreshold()));
        }
        var report = Fixtures.evaluate(product(), null, april, domain.build());
        org.junit.jupiter.api.Assertions.assertEquals("112.50", report.totalCredit().amount().toPlainString());
    }
}
