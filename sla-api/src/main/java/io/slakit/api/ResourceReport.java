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
 */
public record ResourceReport(String id, Money fee, ServiceMonth serviceMonth, List<MetricResult> metrics,
                             Optional<BigDecimal> creditPercent, Money credit, List<String> otherForms,
                             List<String> notes, List<UsageCredit> usageCredits) {

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
    }

    /** A report paid in money only. */
    public ResourceReport(String id, Money fee, ServiceMonth serviceMonth, List<MetricResult> metrics, Optional<BigDecimal> creditPercent,
                          Money credit, List<String> otherForms, List<String> notes) {
        this(id, fee, serviceMonth, metrics, creditPercent, credit, otherForms, notes, List.of());
    }

    /** The credit in {@code unit}, if the edition pays in it. */
    public Optional<UsageCredit> usageCredit(CreditUnit unit) {
        return usageCredits.stream().filter(u -> u.unit().equals(unit)).findFirst();
    }

    public Optional<MetricResult> metric(String id) {
        return metrics.stream().filter(m -> m.metric().equals(id)).findFirst();
    }
}
