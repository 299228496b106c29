package io.slakit.api;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of one product's SLA on one site, as the text states it. Data plus named rules: the
 * engine in sla-core evaluates it; product modules build it with the core's fluent builder.
 *
 * @param product        the product's short code
 * @param site           the site whose terms these are
 * @param family         the product family
 * @param nameZh         the product's Chinese name
 * @param nameEn         the product's English name
 * @param provenance     seed, title line, updated and effective dates
 * @param zone           the contract's time zone (Asia/Shanghai unless the text says otherwise)
 * @param monthRule      how service months are cut
 * @param editions       the variants with their metrics (at least one)
 * @param defaultEdition the edition used when the input names none, if the text has an obvious one
 * @param combination    how several metrics' credits combine
 * @param cap            the monthly cap
 * @param creditForm     how credits are paid
 * @param claimPolicy    when a claim may be filed, if the text says
 * @param exclusions     the numbered exclusion clauses
 * @param notes          readings chosen where the text is ambiguous, and other facts worth knowing
 * @param examples       the text's own worked examples
 * @param liabilityCap   a cap across months (the past 12 months' fees), when the text states one; the engine evaluates one
 *                       month at a time and never applies it, {@code LiabilityLedger} does across months
 */
public record SlaDefinition(
        ProductId product,
        Site site,
        Family family,
        String nameZh,
        String nameEn,
        Provenance provenance,
        ZoneId zone,
        MonthRule monthRule,
        List<Edition> editions,
        Optional<String> defaultEdition,
        CombinationRule combination,
        CapRule cap,
        CreditForm creditForm,
        Optional<ClaimPolicy> claimPolicy,
        List<ExclusionClause> exclusions,
        List<String> notes,
        List<WorkedExample> examples,
        Optional<LiabilityCap> liabilityCap) {

    /** A definition without a cap across months. */
    public SlaDefinition(ProductId product, Site site, Family family, String nameZh, String nameEn, Provenance provenance, ZoneId zone,
                         MonthRule monthRule, List<Edition> editions, Optional<String> defaultEdition, CombinationRule combination,
                         CapRule cap, CreditForm creditForm, Optional<ClaimPolicy> claimPolicy, List<ExclusionClause> exclusions,
                         List<String> notes, List<WorkedExample> examples) {
        this(product, site, family, nameZh, nameEn, provenance, zone, monthRule, editions, defaultEdition, combination, cap, creditForm,
                claimPolicy, exclusions, notes, examples, Optional.empty());
    }

    public SlaDefinition {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(monthRule, "monthRule");
        editions = List.copyOf(Objects.requireNonNull(editions, "editions"));
        Objects.requireNonNull(defaultEdition, "defaultEdition");
        Objects.requireNonNull(combination, "combination");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(creditForm, "creditForm");
        Objects.requireNonNull(claimPolicy, "claimPolicy");
        exclusions = List.copyOf(Objects.requireNonNull(exclusions, "exclusions"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
        Objects.requireNonNull(liabilityCap, "liabilityCap");
        String where = product + "@" + site + " " + provenance.effective();
        if (editions.isEmpty()) {
            throw new InvalidInputException(where + ".editions", "[]", "is empty; a product without an SLA has one edition with no metrics");
        }
        Set<String> editionIds = new HashSet<>();
        for (Edition edition : editions) {
            if (!editionIds.add(edition.id())) {
                throw new InvalidInputException(where + ".editions", edition.id(), "appears twice");
            }
        }
        defaultEdition.ifPresent(id -> {
            if (!editionIds.contains(id)) {
                throw new InvalidInputException(where + ".defaultEdition", id, "is not one of the editions " + editionIds);
            }
        });
        Set<String> codes = new HashSet<>();
        for (ExclusionClause clause : exclusions) {
            if (!codes.add(clause.code())) {
                throw new InvalidInputException(where + ".exclusions", clause.code(), "appears twice");
            }
        }
    }

    /** The key the catalogue keeps definitions under: one per product, site and effective date. */
    public String key() {
        return product + "@" + site + "@" + provenance.effective();
    }

    public Optional<Edition> edition(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<ExclusionClause> exclusion(String code) {
        return exclusions.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The codes of the text's exclusion clauses, the values an incident's {@code exclusion} may take. */
    public Set<String> exclusionCodes() {
        return exclusions.stream().map(ExclusionClause::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether the text defines any credit at all (THPC, Batch and the register-cluster SLA do not). */
    public boolean definesCredit() {
        return editions.stream().flatMap(e -> e.metrics().stream()).anyMatch(m -> m.credit().definesCredit());
    }

    /** Whether the text states any commitment at all. */
    public boolean statesCommitment() {
        return editions.stream().anyMatch(e -> !e.metrics().isEmpty());
    }
}
