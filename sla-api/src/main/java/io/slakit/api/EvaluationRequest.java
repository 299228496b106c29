package io.slakit.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One month of one product for a set of resources: what a user hands the engine.
 *
 * @param product      the product id
 * @param site         whose terms apply
 * @param month        the calendar month evaluated
 * @param serviceStart for anniversary months, the first day of the service month (replaces {@code month})
 * @param edition      the edition, when the product has several
 * @param currency     the currency of every fee
 * @param resources    the resources
 */
public record EvaluationRequest(ProductId product, Site site, YearMonth month, Optional<LocalDate> serviceStart,
                                Optional<String> edition, Currency currency, List<ResourceMonth> resources) {

    public EvaluationRequest {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(serviceStart, "serviceStart");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(currency, "currency");
        resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
        for (int i = 0; i < resources.size(); i++) {
            if (!resources.get(i).fee().currency().equals(currency)) {
                throw new InvalidInputException("resources[" + i + "].fee", resources.get(i).fee(),
                        "is not in the request's currency " + currency);
            }
        }
    }

    /**
     * A calendar month in the currency of the resources' fees. With no resources there is no fee to
     * read the currency from, so an empty list is refused rather than guessed: use
     * {@link #of(String, Site, YearMonth, Currency, List)}.
     */
    public static EvaluationRequest of(String product, Site site, YearMonth month, List<ResourceMonth> resources) {
        Objects.requireNonNull(resources, "resources");
        if (resources.isEmpty()) {
            throw new InvalidInputException("resources", "[]", "is empty, so the request's currency is unknown: name it");
        }
        return of(product, site, month, resources.get(0).fee().currency(), resources);
    }

    /** A calendar month in {@code currency}, with no edition (the product's default). */
    public static EvaluationRequest of(String product, Site site, YearMonth month, Currency currency, List<ResourceMonth> resources) {
        Objects.requireNonNull(product, "product");
        return new EvaluationRequest(ProductId.of(product), site, month, Optional.empty(), Optional.empty(), currency, resources);
    }

    /** The same request for {@code edition}; {@code null} (an edition not given, as readers pass it) means none. */
    public EvaluationRequest withEdition(String edition) {
        return new EvaluationRequest(product, site, month, serviceStart, Optional.ofNullable(edition), currency, resources);
    }
}
