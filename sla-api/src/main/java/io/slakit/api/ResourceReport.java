package io.slakit.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource's month: every metric, and the credit after combination and cap.
 *
 * @param id            the resource id
 * @param fee           its monthly fee
 * @param serviceMonth  the service month evaluated (partial if activation or termination cut it)
 * @param metrics       each metric's result
 * @param creditPercent the percent of the fee the final credit stands for, where that is meaningful
 * @param credit        the credit owed, combined and capped, at the currency's minor digits
 * @param otherForms    credits owed in other forms
 * @param notes         what the engine did that a reader should know (cap applied, partial month...)
 * @param usageCredits  credits owed in units that are not money, one per unit the edition pays in (zero when none is owed)
 * @param claim         this resource's own claim window, where the text counts it per resource (from the end of its service
 *                      year, in the month that holds that end); empty where the report's window applies, or no claim is due yet
 */
public record ResourceReport(String id, Money fee, ServiceMonth serviceMonth, List<MetricResult> metrics,
                             Optional<BigDecimal> creditPercent, Money credit, List<String> otherForms,
                             List<String> notes, List<UsageCredit> usageCredits,
                             Optional<ClaimWindow> claim) {

    public ResourceReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(serviceMonth, "serviceMonth");
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        Objects.requireNonNull(creditPercent, "creditPercent");
        Objects.requireNonNull(credit, "credit");
        otherForms = List.copyOf(Objects.requireNonNull(otherForms, "otherForms"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        usageCredits = List.copyOf(Objects.requireNonNull(usageCredits, "usageCredits"));
        Objects.requireNonNull(claim, "claim");
    }

    /** A report whose claim window is the report's. */
    public ResourceReport(String id, Money fee, ServiceMonth serviceMonth, List<MetricResult> metrics, Optional<BigDecimal> creditPercent,
                          Money credit, List<String> otherForms, List<String> notes, List<UsageCredit> usageCredits) {
        this(id, fee, serviceMonth, metrics, creditPercent, credit, otherForms, notes, usageCredits, Optional.empty());
    }

    /** A report paid in money only. */
    public ResourceReport(String id, Money fee, ServiceMonth serviceMonth, List<MetricResult> metrics, Optional<BigDecimal> creditPercent,
                          Money credit, List<String> otherForms, List<String> notes) {
        this(id, fee, serviceMonth, metrics, creditPercent, credit, otherForms, notes, List.of(), Optional.empty());
    }

    /** This report with its own claim window. */
    public ResourceReport withClaim(ClaimWindow window) {
        return new ResourceReport(id, fee, serviceMonth, metrics, creditPercent, credit, otherForms, notes, usageCredits,
                Optional.of(window));
    }

    /** The credit in {@code unit}, if the edition pays in it. */
    public Optional<UsageCredit> usageCredit(CreditUnit unit) {
        return usageCredits.stream().filter(u -> u.unit().equals(unit)).findFirst();
    }

    public Optional<MetricResult> metric(String id) {
        return metrics.stream().filter(m -> m.metric().equals(id)).findFirst();
    }
}
