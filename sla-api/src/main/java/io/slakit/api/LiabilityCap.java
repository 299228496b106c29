package io.slakit.api;

import java.util.Objects;

/**
 * A cap on the credits of several months together, as a text states it beside the monthly cap: "如果您使用本服务超过12个月的，
 * 腾讯云所承担的违约赔偿总额不超过损害发生时您就该服务过往12个月所支付的服务费用的总额" (CVM 6.1, 002:1579): the credits of
 * any {@code months} consecutive months never exceed the fees paid in them.
 *
 * @param months the look-back, in months (12 in every text that states one)
 * @param source the line that states it
 */
public record LiabilityCap(int months, SeedRef source) {
    public LiabilityCap {
        if (months < 1) {
            throw new InvalidInputException("liabilityCap.months", months, "must be at least 1");
        }
        Objects.requireNonNull(source, "source");
    }

    /** The rule in words, for {@code slakit show} and reports. */
    public String describe() {
        return "the credits of any " + months + " consecutive months never exceed the fees paid in them (all fees paid when the service "
                + "was used " + months + " months or less)";
    }
}
