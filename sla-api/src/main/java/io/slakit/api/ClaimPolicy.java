package io.slakit.api;

import java.util.Objects;
import java.util.Optional;

/**
 * When a claim for a service month may be filed (赔偿申请时限). The texts use two forms:
 * <ul>
 *   <li>{@link NextMonthWindow}: after the Nth business day of the month following the service
 *       month, and no later than M calendar days after the service month ends (CVM 3.2: 5 and 60);
 *       N = 0 opens on the next month's first day, and M = 30 closes on the next month's 30th
 *       calendar day counted from its 1st (sili 3.2: "次月的第（30）个自然日内");</li>
 *   <li>{@link WithinBusinessDays}: within N business days after the breach, read as after the
 *       service month ends, since a monthly availability is only known then (PCX 3.3: 20);</li>
 *   <li>{@link WithinMonths}: opens as {@link NextMonthWindow}, closes M calendar months after the
 *       service month ends (captcha 3.2: "结束后两（2）个月内").</li>
 * </ul>
 */
public sealed interface ClaimPolicy permits ClaimPolicy.NextMonthWindow, ClaimPolicy.WithinBusinessDays, ClaimPolicy.WithinMonths,
        ClaimPolicy.AfterServiceYear {

    /** The line that states the rule. */
    Optional<SeedRef> source();

    /** The rule in one English phrase, for reports and {@code show}. */
    String describe();

    /** The common form: opens after the Nth business day of the next month, closes M calendar days after the month. */
    static ClaimPolicy of(int opensAfterBusinessDays, int closesAfterCalendarDays, SeedRef source) {
        Objects.requireNonNull(source, "source");
        return new NextMonthWindow(opensAfterBusinessDays, closesAfterCalendarDays, Optional.of(source));
    }

    /** Notice within N business days after the service month ends, counted from the next month's first day. */
    static ClaimPolicy withinBusinessDays(int businessDays, SeedRef source) {
        Objects.requireNonNull(source, "source");
        return new WithinBusinessDays(businessDays, Optional.of(source));
    }

    /** Opens after the Nth business day of the next month, closes M calendar months after the month ends. */
    static ClaimPolicy withinMonths(int opensAfterBusinessDays, int closesAfterMonths, SeedRef source) {
        Objects.requireNonNull(source, "source");
        return new WithinMonths(opensAfterBusinessDays, closesAfterMonths, Optional.of(source));
    }

    /** Opens after the Nth business day after the service year ends, closes M calendar days after it ends. */
    static ClaimPolicy afterServiceYear(int opensAfterBusinessDays, int closesAfterCalendarDays, SeedRef source) {
        Objects.requireNonNull(source, "source");
        return new AfterServiceYear(opensAfterBusinessDays, closesAfterCalendarDays, Optional.of(source));
    }

    /**
     * @param opensAfterBusinessDays  N: the claim opens the day after the Nth business day counted from the day after
     *                                the service year's last day
     * @param closesAfterCalendarDays M: the last day is the service year's last day plus M days
     * @param source                  the line that states the rule
     */
    record AfterServiceYear(int opensAfterBusinessDays, int closesAfterCalendarDays, Optional<SeedRef> source) implements ClaimPolicy {

        public AfterServiceYear {
            if (opensAfterBusinessDays < 1) {
                throw new InvalidInputException("opensAfterBusinessDays", opensAfterBusinessDays, "must be at least 1");
            }
            if (closesAfterCalendarDays < 1) {
                throw new InvalidInputException("closesAfterCalendarDays", closesAfterCalendarDays, "must be at least 1");
            }
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return "from the day after the " + ordinal(opensAfterBusinessDays) + " business day after the service year ends to "
                    + closesAfterCalendarDays + " calendar days after it ends";
        }
    }

    /**
     * @param opensAfterBusinessDays N: the claim opens the day after the Nth business day of the next month (0: its first day)
     * @param closesAfterMonths      M: the last day is M calendar months after the service month's last day; a month
     *                               ending on its calendar month's last day closes on the last day of the month M
     *                               months on (April 30 + 2 months: June 30; February 29 + 2: April 30), a partial
     *                               month ending on the 16th on the 16th M months on
     * @param source                 the line that states the rule
     */
    record WithinMonths(int opensAfterBusinessDays, int closesAfterMonths, Optional<SeedRef> source) implements ClaimPolicy {

        public WithinMonths {
            if (opensAfterBusinessDays < 0) {
                throw new InvalidInputException("opensAfterBusinessDays", opensAfterBusinessDays, "is negative");
            }
            if (closesAfterMonths < 1) {
                throw new InvalidInputException("closesAfterMonths", closesAfterMonths, "must be at least 1");
            }
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            String opens = opensAfterBusinessDays == 0 ? "from the first day of the next month"
                    : "from the day after the " + ordinal(opensAfterBusinessDays) + " business day of the next month";
            return opens + " to " + closesAfterMonths + " calendar month" + (closesAfterMonths == 1 ? "" : "s")
                    + " after the service month ends";
        }
    }

    /**
     * @param opensAfterBusinessDays  N: the claim opens the day after the Nth business day of the next month
     * @param closesAfterCalendarDays M: the last day is the service month's last day plus M days
     * @param source                  the line that states the rule
     */
    record NextMonthWindow(int opensAfterBusinessDays, int closesAfterCalendarDays, Optional<SeedRef> source) implements ClaimPolicy {

        public NextMonthWindow {
            if (opensAfterBusinessDays < 0) {
                throw new InvalidInputException("opensAfterBusinessDays", opensAfterBusinessDays, "is negative");
            }
            if (closesAfterCalendarDays < 1) {
                throw new InvalidInputException("closesAfterCalendarDays", closesAfterCalendarDays, "must be at least 1");
            }
            Objects.requireNonNull(source, "source");
        }

        /** With no opening delay (N = 0: "次月的第（30）个自然日内") the window opens on the next month's first day. */
        @Override
        public String describe() {
            String opens = opensAfterBusinessDays == 0 ? "from the first day of the next month"
                    : "from the day after the " + ordinal(opensAfterBusinessDays) + " business day of the next month";
            return opens + " to " + closesAfterCalendarDays + " calendar days after the service month ends";
        }
    }

    /**
     * @param businessDays N: the window runs from the day after the service month ends to the Nth
     *                     business day counted from that day (inclusive)
     * @param source       the line that states the rule
     */
    record WithinBusinessDays(int businessDays, Optional<SeedRef> source) implements ClaimPolicy {

        public WithinBusinessDays {
            if (businessDays < 1) {
                throw new InvalidInputException("businessDays", businessDays, "must be at least 1");
            }
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return "within " + businessDays + " business days after the service month ends: from the next day to the "
                    + ordinal(businessDays) + " business day counted from it";
        }
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
