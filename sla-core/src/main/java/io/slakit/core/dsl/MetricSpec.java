package io.slakit.core.dsl;

import io.slakit.api.CreditBasis;
import io.slakit.api.CreditTier;
import io.slakit.api.Metric;
import io.slakit.api.Percent;
import io.slakit.api.SeedRef;
import io.slakit.api.spi.CreditRule;
import io.slakit.api.spi.Measurement;
import io.slakit.core.rules.Credits;

import java.util.Objects;
import java.util.Optional;

/**
 * A metric as the contract states it, built fluently:
 *
 * <pre>{@code
 * metric("single-instance", "单实例服务可用性")
 *     .measuredBy(Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
 *     .commitment("99.975", 1476)
 *     .tiers(1507, tier("[99, 99.975)", "10"), tier("[95, 99)", "25"), tier("[0, 95)", "100"))
 * }</pre>
 *
 * Line numbers refer to the definition's seed unless a {@link SeedRef} is given.
 */
public final class MetricSpec {
    private final String id;
    private final String name;
    private Measurement measurement;
    private Percent commitment;
    private SeedRef commitmentSource;
    private CreditRule credit;
    private SeedRef creditSource;
    private String basis = CreditBasis.MONTHLY_FEE;
    private Integer commitmentLine;
    private Integer creditLine;

    private MetricSpec(String id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
    }

    public static MetricSpec metric(String id, String name) {
        return new MetricSpec(id, name);
    }

    public MetricSpec measuredBy(Measurement rule) {
        this.measurement = Objects.requireNonNull(rule, "rule");
        return this;
    }

    /** The promised availability and the line of the seed (the definition's) that states it. */
    public MetricSpec commitment(String percent, int line) {
        this.commitment = Percent.of(percent);
        this.commitmentLine = line;
        return this;
    }

    public MetricSpec commitment(String percent, SeedRef source) {
        this.commitment = Percent.of(percent);
        this.commitmentSource = source;
        return this;
    }

    /** A percent-of-basis table and the line it starts on. */
    public MetricSpec tiers(int line, CreditTier... tiers) {
        return credit(Credits.tiered(tiers), line);
    }

    public MetricSpec credit(CreditRule rule, int line) {
        this.credit = Objects.requireNonNull(rule, "rule");
        this.creditLine = line;
        return this;
    }

    public MetricSpec credit(CreditRule rule, SeedRef source) {
        this.credit = Objects.requireNonNull(rule, "rule");
        this.creditSource = source;
        return this;
    }

    /** The text defines no credit for this metric. */
    public MetricSpec noCredit(String reason) {
        this.credit = Credits.none(reason);
        return this;
    }

    /** The credit is a share of another fee than the resource's own (CVM durability: the CBS fee). */
    public MetricSpec basis(String basisName) {
        this.basis = Objects.requireNonNull(basisName, "basisName");
        return this;
    }

    Metric build(String seed) {
        if (measurement == null) {
            throw new IllegalStateException("metric " + id + " has no measurement rule");
        }
        if (commitment == null) {
            throw new IllegalStateException("metric " + id + " has no commitment");
        }
        if (credit == null) {
            throw new IllegalStateException("metric " + id + " has no credit rule (use noCredit(reason) when the text has none)");
        }
        SeedRef commitmentRef = commitmentSource != null ? commitmentSource : SeedRef.of(seed, commitmentLine);
        SeedRef creditRef = creditSource != null ? creditSource : creditLine != null ? SeedRef.of(seed, creditLine) : null;
        for (CreditTier tier : credit.tiers()) {
            if (tier.band().upper().compareTo(commitment) > 0) {
                throw new IllegalStateException("metric " + id + ": tier " + tier.band() + " reaches above the commitment " + commitment + "%");
            }
        }
        return new Metric(id, name, measurement, commitment, commitmentRef, credit, Optional.ofNullable(creditRef), basis);
    }
}
