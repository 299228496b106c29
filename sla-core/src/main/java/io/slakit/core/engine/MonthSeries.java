package io.slakit.core.engine;

import io.slakit.api.ClaimWindow;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.InvalidInputException;
import io.slakit.api.LiabilityCap;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.core.catalog.Resolution;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Several months of one product's resources evaluated together, with the rules that look across
 * months: the liability cap over the past 12 months' fees ({@link LiabilityLedger}, where the text
 * declares it), the service year's availability (the earlier months' incidents become each later
 * month's prior incidents, through {@link MonthHistory}), and each month's claim window as of a day.
 *
 * <p>The months may be given in any order and are evaluated in month order. They must be one
 * product on one site, in one edition and currency (a resource keeps its edition across the months),
 * each month once. Every month is evaluated by the engine exactly as if given alone, with the
 * history added; only the cap across months can lower a month's credit, and only after the engine
 * has decided it.
 */
public final class MonthSeries {
    private final List<Given> months;

    private MonthSeries(List<Given> months) {
        this.months = months;
    }

    /** One month as given: where it came from (a file name, a line of a stream) and what it holds. */
    public record Given(String source, EvaluationRequest request) {
        public Given {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(request, "request");
        }
    }

    /** Where one month's claim stands. */
    public record Claim(YearMonth month, Optional<ClaimWindow> window, Optional<ClaimWindow.State> state, Money owed) {
        public Claim {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(owed, "owed");
        }
    }

    /**
     * The months' reports (in month order, each as the engine decided it), the cap across months the
     * text declares with its ledger (empty when none is declared: nothing is cut), and each month's claim.
     */
    public record Result(List<EvaluationReport> reports, Optional<LiabilityCap> liabilityCap, List<LiabilityLedger.Month> ledger,
                         Optional<LocalDate> asOf, List<Claim> claims) {
        public Result {
            reports = List.copyOf(reports);
            Objects.requireNonNull(liabilityCap, "liabilityCap");
            ledger = List.copyOf(ledger);
            Objects.requireNonNull(asOf, "asOf");
            claims = List.copyOf(claims);
        }

        /** What month {@code i} owes after the cap across months (its own credit when no cap is declared). */
        public Money owed(int i) {
            Objects.checkIndex(i, reports.size());
            return ledger.isEmpty() ? reports.get(i).totalCredit().rounded() : ledger.get(i).owed();
        }

        /** The sum of what every month owes. */
        public Money totalOwed() {
            Money total = Money.zero(reports.get(0).currency());
            for (int i = 0; i < reports.size(); i++) {
                total = total.plus(owed(i));
            }
            return total;
        }
    }

    /**
     * The months, checked and put in month order.
     *
     * @throws InvalidInputException naming the month's source when a month is given twice, or a month
     *                               differs from the first in product, site, edition or currency, or
     *                               names a resource twice
     */
    public static MonthSeries of(List<Given> given) {
        if (given.isEmpty()) {
            throw new InvalidInputException("months", "", "are empty; give at least one month");
        }
        EvaluationRequest first = given.get(0).request();
        String firstSource = given.get(0).source();
        Map<YearMonth, String> seen = new HashMap<>();
        for (Given g : given) {
            EvaluationRequest r = g.request();
            same(g, "product", r.product().value(), first.product().value(), firstSource);
            same(g, "site", r.site().code(), first.site().code(), firstSource);
            same(g, "currency", r.currency().getCurrencyCode(), first.currency().getCurrencyCode(), firstSource);
            if (!r.edition().equals(first.edition())) {
                String shared = r.resources().stream().map(ResourceMonth::id)
                        .filter(id -> first.resources().stream().anyMatch(f -> f.id().equals(id))).findFirst()
                        .map(id -> " (resource " + id + " would change edition)").orElse("");
                throw new InvalidInputException(g.source() + ".edition", r.edition().orElse("(none)"), "differs from "
                        + first.edition().map(e -> "\"" + e + "\"").orElse("no edition") + " in " + firstSource + shared
                        + ": several months are one edition's; evaluate each edition's months apart");
            }
            String before = seen.putIfAbsent(r.month(), g.source());
            if (before != null) {
                throw new InvalidInputException(g.source() + ".month", r.month(), "is given twice (also in " + before + "): one input per month");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < r.resources().size(); i++) {
                if (!ids.add(r.resources().get(i).id())) {
                    throw new InvalidInputException(g.source() + ".resources[" + i + "].id", r.resources().get(i).id(),
                            "is given twice; each resource is evaluated once");
                }
            }
        }
        List<Given> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparing(g -> g.request().month()));
        return new MonthSeries(List.copyOf(sorted));
    }

    private static void same(Given g, String field, String value, String expected, String firstSource) {
        if (!value.equals(expected)) {
            throw new InvalidInputException(g.source() + "." + field, value, "differs from \"" + expected + "\" in " + firstSource
                    + ": several months are one " + field + "'s");
        }
    }

    /** The months in month order. */
    public List<Given> months() {
        return months;
    }

    /**
     * Evaluates every month with {@code engine}, each against the version in force for it
     * ({@code resolve}), then applies the cross-month rules. The cap across months is the one the
     * text in force for the last month declares; {@code asOf} gives each claim window its state.
     */
    public Result evaluate(SlaEngine engine, Function<YearMonth, Resolution> resolve, Optional<LocalDate> asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<EvaluationReport> reports = new ArrayList<>(months.size());
        List<EvaluationRequest> earlier = new ArrayList<>();
        SlaDefinition last = null;
        for (Given g : months) {
            Resolution resolution = resolve.apply(g.request().month());
            SlaDefinition definition = resolution.definition();
            EvaluationRequest request = MonthHistory.withHistory(definition, g.request(), earlier, g.source());
            try {
                reports.add(engine.evaluate(definition, request, resolution.warnings()));
            } catch (InvalidInputException e) {
                throw e.under(g.source());
            }
            earlier.add(g.request());
            last = definition;
        }
        Optional<LiabilityCap> cap = last.liabilityCap();
        List<LiabilityLedger.Month> ledger = cap.map(c -> LiabilityLedger.apply(reports, c.months())).orElse(List.of());
        List<Claim> claims = new ArrayList<>(reports.size());
        Result partial = new Result(reports, cap, ledger, asOf, List.of());
        for (int i = 0; i < reports.size(); i++) {
            EvaluationReport report = reports.get(i);
            claims.add(new Claim(report.month(), report.claim(), report.claim().flatMap(w -> asOf.map(w::stateOn)), partial.owed(i)));
        }
        return new Result(reports, cap, ledger, asOf, claims);
    }
}
