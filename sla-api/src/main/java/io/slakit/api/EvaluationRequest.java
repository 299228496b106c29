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
        InvalidInputException.require(product, "product");
        InvalidInputException.require(site, "site");
        InvalidInputException.require(month, "month");
        Objects.requireNonNull(serviceStart, "serviceStart");
        Objects.requireNonNull(edition, "edition");
        InvalidInputException.require(currency, "currency");
        resources = List.copyOf(resources);
        for (int i = 0; i < resources.size(); i++) {
            if (!resources.get(i).fee().currency().equals(currency)) {
                throw new InvalidInputException("resources[" + i + "].fee", resources.get(i).fee(),
                        "is not in the request's currency " + currency);
            }
        }
    }

    public static EvaluationRequest of(String product, Site site, YearMonth month, List<ResourceMonth> resources) {
        Currency currency = resources.isEmpty() ? Currency.getInstance("CNY") : resources.get(0).fee().currency();
        return new EvaluationRequest(ProductId.of(product), site, month, Optional.empty(), Optional.empty(), currency, resources);
    }

    public EvaluationRequest withEdition(String edition) {
        return new EvaluationRequest(product, site, month, serviceStart, Optional.ofNullable(edition), currency, resources);
    }
}
