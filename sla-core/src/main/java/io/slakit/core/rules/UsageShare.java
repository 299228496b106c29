package io.slakit.core.rules;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * A credit basis shared out by usage: each region's monthly fee is split over the items (CDN and
 * ECDN acceleration domains) in proportion to their usage in that region, and an item's fee is the
 * sum of its shares over the regions (CDN 1.4-1.7: 区域月度服务费按用量比例均摊至此加速域名 ...
 * 域名各服务区域对应的区域月度服务费累加).
 *
 * <pre>{@code
 * Money domainFee = UsageShare.feeOf(List.of(
 *         UsageShare.region("mainland", Money.of("1000.00", "CNY"), "500", "100"),   // 1000 x 100/500 = 200
 *         UsageShare.region("apac-1",   Money.of("300.00",  "CNY"), "60",  "30")));  //  300 x 30/60   = 150
 * // 350.00
 * }</pre>
 */
public final class UsageShare {
    private UsageShare() {
    }

    /**
     * One region: its monthly fee, the usage of every item in it, and the usage of the item whose fee is wanted.
     * Usage is in the region's billing unit (GB of traffic, peak bandwidth...); only the ratio matters.
     */
    public record Region(String name, Money fee, BigDecimal totalUsage, BigDecimal itemUsage) {
        public Region {
            Objects.requireNonNull(name, "name");
            InvalidInputException.require(fee, "regions." + name + ".fee");
            InvalidInputException.require(totalUsage, "regions." + name + ".totalUsage");
            InvalidInputException.require(itemUsage, "regions." + name + ".itemUsage");
            if (fee.amount().signum() < 0) {
                throw new InvalidInputException("regions." + name + ".fee", fee.amount().toPlainString(), "is negative");
            }
            if (totalUsage.signum() < 0 || itemUsage.signum() < 0) {
                throw new InvalidInputException("regions." + name + ".usage", itemUsage.toPlainString() + "/" + totalUsage.toPlainString(),
                        "is negative");
            }
            if (itemUsage.compareTo(totalUsage) > 0) {
                throw new InvalidInputException("regions." + name + ".itemUsage", itemUsage.toPlainString(),
                        "is more than the region's total usage \"" + totalUsage.toPlainString() + "\"");
            }
        }

        /** The item's share of this region's fee: fee x itemUsage / totalUsage, zero when the region had no usage. */
        public Money share() {
            if (totalUsage.signum() == 0) {
                return Money.zero(fee.currency());
            }
            return fee.times(itemUsage.divide(totalUsage, MathContext.DECIMAL128));
        }
    }

    public static Region region(String name, Money fee, String totalUsage, String itemUsage) {
        return new Region(name, fee, new BigDecimal(totalUsage), new BigDecimal(itemUsage));
    }

    /** The item's fee: the sum of its shares of every region's fee, exact (round only for display). */
    public static Money feeOf(List<Region> regions) {
        if (regions.isEmpty()) {
            throw new InvalidInputException("regions", "[]", "is empty: at least one region's fee and usage are needed");
        }
        Money total = Money.zero(regions.get(0).fee().currency());
        for (Region region : regions) {
            total = total.plus(region.share());
        }
        return total;
    }
}
