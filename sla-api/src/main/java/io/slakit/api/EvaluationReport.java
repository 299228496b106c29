package io.slakit.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the contract says about one month of one product for a set of resources.
 *
 * @param product       the product
 * @param site          the site whose terms applied
 * @param version       the effective date of the version applied
 * @param edition       the edition applied
 * @param month         the month label
 * @param currency      the currency of every amount
 * @param warnings      anything the user should know (a month before the earliest known version...)
 * @param resources     one report per resource, in input order
 * @param totalCredit   the sum of the resources' credits
 * @param creditForm    how the credit is paid
 * @param creditDefined whether the text defines any credit; when false, credits are zero because there are none to give
 * @param claim         when a claim may be filed, if the text says
 * @param totalUsageCredits the sum of the resources' credits per unit that is not money (never added to {@code totalCredit})
 */
public record EvaluationReport(ProductId product, Site site, LocalDate version, String edition, YearMonth month,
                               Currency currency, List<String> warnings, List<ResourceReport> resources,
                               Money totalCredit, CreditForm creditForm, boolean creditDefined,
                               Optional<ClaimWindow> claim, List<UsageCredit> totalUsageCredits) {

    public EvaluationReport {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
        Objects.requireNonNull(totalCredit, "totalCredit");
        Objects.requireNonNull(creditForm, "creditForm");
        Objects.requireNonNull(claim, "claim");
        totalUsageCredits = List.copyOf(Objects.requireNonNull(totalUsageCredits, "totalUsageCredits"));
    }

    /** A report paid in money only. */
    public EvaluationReport(ProductId product, Site site, LocalDate version, String edition, YearMonth month, Currency currency,
                            List<String> warnings, List<ResourceReport> resources, Money totalCredit, CreditForm creditForm,
                            boolean creditDefined, Optional<ClaimWindow> claim) {
        this(product, site, version, edition, month, currency, warnings, resources, totalCredit, creditForm, creditDefined, claim, List.of());
    }

    public Optional<ResourceReport> resource(String id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
