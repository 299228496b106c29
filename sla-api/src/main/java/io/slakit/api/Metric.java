package io.slakit.api;

import io.slakit.api.spi.CreditRule;
import io.slakit.api.spi.Measurement;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One service level metric: how it is measured, what is promised, and what falling short earns.
 *
 * @param id               stable id, e.g. {@code single-instance}
 * @param name             the metric's name as the text gives it, e.g. 单实例服务可用性
 * @param measurement      the measurement rule
 * @param commitment       the promised availability (服务可用性不低于...)
 * @param commitmentSource the line that states the commitment
 * @param credit           the credit rule
 * @param creditSource     the line of the credit table, if there is one
 * @param basis            the credit basis: {@link CreditBasis#MONTHLY_FEE} or a named other fee
 */
public record Metric(String id, String name, Measurement measurement, Percent commitment, SeedRef commitmentSource,
                     CreditRule credit, Optional<SeedRef> creditSource, String basis) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(commitmentSource, "commitmentSource");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(creditSource, "creditSource");
        Objects.requireNonNull(basis, "basis");
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException("metric", id, "is not a metric id (lowercase letters, digits, '-')");
        }
    }
}
