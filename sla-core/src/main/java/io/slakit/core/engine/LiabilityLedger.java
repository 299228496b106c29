package io.slakit.core.engine;

import io.slakit.api.EvaluationReport;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;
import io.slakit.api.ProductId;
import io.slakit.api.ResourceReport;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Several months of one product at once: applies the liability cap over the past 12 months' fees
 * (CVM 6.1, 002:1579: "违约赔偿总额不超过您已经支付的相应违约服务对应的服务费总额。如果您使用本服务超过12个月的，
 * ...不超过损害发生时您就该服务过往12个月所支付的服务费用的总额").
 *
 * <p>The smallest honest form: the months are single-month {@link EvaluationReport}s the engine
 * already produced, for the same product; the service's fees and credits are the sums over all
 * resources of each report. For each month in order, the cap's base is the fees of the months given
 * within the 12 months ending with it (all of them when the service was used for 12 months or
 * less), and the month's credit is cut so that the credits of that window never exceed it. The
 * ledger applies only this cross-month part: a month whose window holds no earlier credit keeps the
 * credit the engine decided for it alone, so a single month is always unchanged. With the common
 * per-month cap at the month's fee the window's credits cannot exceed its fees, so the cap binds only
 * where a month's credit may exceed its own fee (a credit on another basis, CVM's CBS fee). Not done here: months missing from the
 * input count as no fee (the ledger cannot know fees it was not given), first-use months, service
 * years and claim deadlines as of a day ({@link MonthSeries} adds those and applies this ledger where the
 * definition declares a {@link io.slakit.api.LiabilityCap}).
 */
public final class LiabilityLedger {
    private static final int WINDOW_MONTHS = 12;

    private LiabilityLedger() {
    }

    /** One month of the service after the cap: what the engine said, the cap's base, what was already paid in the window, what is owed. */
    public record Month(YearMonth month, Money fees, Money credit, Money base, Money paidBefore, Money owed, boolean capped) {
        public Month {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(fees, "fees");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(paidBefore, "paidBefore");
            Objects.requireNonNull(owed, "owed");
        }
    }

    /** The months of one product, in month order, with the 12-month cap applied. */
    public static List<Month> apply(List<EvaluationReport> reports) {
        return apply(reports, WINDOW_MONTHS);
    }

    /** The months of one product, in month order, with the cap over {@code windowMonths} consecutive months applied. */
    public static List<Month> apply(List<EvaluationReport> reports, int windowMonths) {
        if (windowMonths < 1) {
            throw new InvalidInputException("windowMonths", windowMonths, "must be at least 1");
        }
        if (reports.isEmpty()) {
            return List.of();
        }
        ProductId product = reports.get(0).product();
        TreeMap<YearMonth, EvaluationReport> byMonth = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            EvaluationReport report = reports.get(i);
            if (!report.product().equals(product)) {
                throw new InvalidInputException("months[" + i + "].product", report.product(), "differs from \"" + product
                        + "\": a ledger holds one product's months");
            }
            if (!report.currency().equals(reports.get(0).currency())) {
                throw new InvalidInputException("months[" + i + "].currency", report.currency(), "differs from \"" + reports.get(0).currency() + "\"");
            }
            if (byMonth.put(report.month(), report) != null) {
                throw new InvalidInputException("months[" + i + "].month", report.month(), "is given twice: one report per month");
            }
        }
        List<Month> out = new ArrayList<>();
        for (EvaluationReport report : byMonth.values()) {
            YearMonth first = report.month().minusMonths(windowMonths - 1L);
            Money zero = Money.zero(report.currency());
            Money base = zero;
            for (EvaluationReport inWindow : byMonth.subMap(first, true, report.month(), true).values()) {
                base = base.plus(fees(inWindow));
            }
            Money paidBefore = zero;
            for (Month earlier : out) {
                if (!earlier.month().isBefore(first)) {
                    paidBefore = paidBefore.plus(earlier.owed());
                }
            }
            Money credit = report.totalCredit();
            Money room = base.amount().compareTo(paidBefore.amount()) > 0 ? Money.of(base.amount().subtract(paidBefore.amount()), base.currency()) : zero;
            Money owed = paidBefore.isZero() ? credit : credit.min(room);
            out.add(new Month(report.month(), fees(report), credit, base, paidBefore, owed.rounded(), owed.compareTo(credit) < 0));
        }
        out.sort(Comparator.comparing(Month::month));
        return List.copyOf(out);
    }

    /** A month's fees: the sum of its resources' fees (the cap's base for that month). */
    public static Money fees(EvaluationReport report) {
        Money total = Money.zero(report.currency());
        for (ResourceReport r : report.resources()) {
            total = total.plus(r.fee());
        }
        return total;
    }

    /** The rule in words, for reports. */
    public static String describe() {
        return "Liability cap: the credits of any 12 consecutive months never exceed the fees paid in them (all fees paid when the "
                + "service was used 12 months or less); months not given count no fee.";
    }
}
