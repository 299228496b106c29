package io.slakit.api;

import java.util.Optional;

/**
 * When a claim may be filed: after the Nth business day of the month following the service month,
 * and no later than M calendar days after the service month ends (CVM 3.2: 5 and 60).
 *
 * @param opensAfterBusinessDays  N: the claim opens the day after the Nth business day of the next month
 * @param closesAfterCalendarDays M: the last day is the service month's last day plus M days
 * @param source                  the line that states the rule
 */
public record ClaimPolicy(int opensAfterBusinessDays, int closesAfterCalendarDays, Optional<SeedRef> source) {

    public ClaimPolicy {
        if (opensAfterBusinessDays < 0) {
            throw new InvalidInputException("opensAfterBusinessDays", opensAfterBusinessDays, "is negative");
        }
        if (closesAfterCalendarDays < 1) {
            throw new InvalidInputException("closesAfterCalendarDays", closesAfterCalendarDays, "must be at least 1");
        }
        java.util.Objects.requireNonNull(source, "source");
    }

    public static ClaimPolicy of(int opensAfterBusinessDays, int closesAfterCalendarDays, SeedRef source) {
        return new ClaimPolicy(opensAfterBusinessDays, closesAfterCalendarDays, Optional.of(source));
    }

    public String describe() {
        return "from the day after the " + ordinal(opensAfterBusinessDays) + " business day of the next month to "
                + closesAfterCalendarDays + " calendar days after the service month ends";
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
