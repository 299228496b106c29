package io.slakit.core.dsl;

import io.slakit.api.CapRule;
import io.slakit.api.LiabilityCap;
import io.slakit.api.ClaimPolicy;
import io.slakit.api.CombinationRule;
import io.slakit.api.CreditForm;
import io.slakit.api.Edition;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.ProductId;
import io.slakit.api.Provenance;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SeedRef;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WorkedExample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Declares one version of one product's SLA so that it reads like the contract:
 *
 * <pre>{@code
 * Sla.define("cvm", Site.CN, Family.COMPUTE)
 *     .names("云服务器", "Cloud Virtual Machine")
 *     .source(Seeds.CN, 1285, "云服务器服务等级协议")
 *     .updated("2024-01-23T11:49:11")
 *     .effective("2024-02-01", 1350)
 *     .metric(metric("single-instance", "单实例服务可用性")...)
 *     .claim(5, 60, 1530)
 *     .exclusion("5.1", "third-party-network", "Networks or equipment outside Tencent Cloud", 1560)
 *     .build();
 * }</pre>
 *
 * Defaults follow the common skeleton (DOMAIN.md): Asia/Shanghai, calendar months with partial
 * first and last months, vouchers, highest credit wins, capped at the month's fee.
 */
public final class SlaBuilder {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ProductId product;
    private final Site site;
    private final Family family;
    private String nameZh;
    private String nameEn;
    private String seed;
    private int titleLine;
    private String title;
    private LocalDateTime updated;
    private LocalDate effective;
    private String effectiveSource;
    private ZoneId zone = SHANGHAI;
    private MonthRule monthRule = MonthRule.CALENDAR_WITH_PARTIAL;
    private final List<MetricSpec> standardMetrics = new ArrayList<>();
    private final Map<String, EditionSpec> editions = new LinkedHashMap<>();
    private String defaultEdition;
    private CombinationRule combination = CombinationRule.HIGHEST;
    private CapRule cap = CapRule.MONTHLY_FEE;
    private LiabilityCap liabilityCap;
    private CreditForm creditForm = CreditForm.VOUCHER;
    private ClaimPolicy claimPolicy;
    private final List<ExclusionClause> exclusions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ExampleSpec> examples = new ArrayList<>();

    SlaBuilder(String product, Site site, Family family) {
        this.product = ProductId.of(product);
        this.site = Objects.requireNonNull(site, "site");
        this.family = Objects.requireNonNull(family, "family");
    }

    public SlaBuilder names(String chinese, String english) {
        this.nameZh = chinese;
        this.nameEn = english;
        return this;
    }

    /** The seed, the line of the SLA's title and the title as written. */
    public SlaBuilder source(String seedNumber, int line, String titleText) {
        this.seed = seedNumber;
        this.titleLine = line;
        this.title = titleText;
        return this;
    }

    /** The last-updated stamp (最近更新时间), e.g. {@code 2024-01-23T11:49:11}. */
    public SlaBuilder updated(String isoDateTime) {
        this.updated = LocalDateTime.parse(isoDateTime.replace(' ', 'T'));
        return this;
    }

    /** The effective date as the text states it on {@code line}. */
    public SlaBuilder effective(String isoDate, int line) {
        this.effective = LocalDate.parse(isoDate);
        this.effectiveSource = "stated at " + seed + ":" + line;
        return this;
    }

    /** The text states no effective date: the last-updated day stands in for it, and the definition says so. */
    public SlaBuilder effectiveFromUpdatedDate() {
        this.effective = null;
        this.effectiveSource = "the text states no effective date; its last-updated day stands in";
        return this;
    }

    public SlaBuilder zone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        return this;
    }

    public SlaBuilder months(MonthRule rule) {
        this.monthRule = Objects.requireNonNull(rule, "rule");
        return this;
    }

    /** A metric of the standard edition (products without variants). */
    public SlaBuilder metric(MetricSpec metric) {
        standardMetrics.add(metric);
        return this;
    }

    /** A variant with its own metrics (an architecture, a topology...). */
    public SlaBuilder edition(String id, String name, MetricSpec... metrics) {
        if (editions.containsKey(id)) {
            throw new IllegalStateException("edition " + id + " declared twice");
        }
        editions.put(id, new EditionSpec(id, name, List.of(metrics)));
        return this;
    }

    public SlaBuilder defaultEdition(String id) {
        this.defaultEdition = id;
        return this;
    }

    public SlaBuilder combination(CombinationRule rule) {
        this.combination = Objects.requireNonNull(rule, "rule");
        return this;
    }

    public SlaBuilder cap(CapRule rule) {
        this.cap = Objects.requireNonNull(rule, "rule");
        return this;
    }

    /**
     * The text caps the credits of any {@code months} consecutive months at the fees paid in them ("过往12个月所支付的服务费用的总额"),
     * stated at {@code line}: {@code LiabilityLedger} applies it when several months are evaluated together.
     */
    public SlaBuilder liabilityCapOverMonths(int months, int line) {
        this.liabilityCap = new LiabilityCap(months, SeedRef.of(seed(), line));
        return this;
    }

    public SlaBuilder creditForm(CreditForm form) {
        this.creditForm = Objects.requireNonNull(form, "form");
        return this;
    }

    /** Claims open after the Nth business day of the next month and close M calendar days after the month. */
    public SlaBuilder claim(int opensAfterBusinessDays, int closesAfterCalendarDays, int line) {
        this.claimPolicy = ClaimPolicy.of(opensAfterBusinessDays, closesAfterCalendarDays, SeedRef.of(seed(), line));
        return this;
    }

    /** Claims open after the Nth business day of the next month and close M calendar months after the month ("两（2）个月内"). */
    public SlaBuilder claimWithinMonths(int opensAfterBusinessDays, int closesAfterMonths, int line) {
        this.claimPolicy = ClaimPolicy.withinMonths(opensAfterBusinessDays, closesAfterMonths, SeedRef.of(seed(), line));
        return this;
    }

    /** Claims open after the Nth business day after the service year ends and close M calendar days after it ends. */
    public SlaBuilder claimAfterServiceYear(int opensAfterBusinessDays, int closesAfterCalendarDays, int line) {
        this.claimPolicy = ClaimPolicy.afterServiceYear(opensAfterBusinessDays, closesAfterCalendarDays, SeedRef.of(seed(), line));
        return this;
    }

    /** Claims (a notice) within N business days after the service month ends, counted from the next day. */
    public SlaBuilder claimWithinBusinessDays(int businessDays, int line) {
        this.claimPolicy = ClaimPolicy.withinBusinessDays(businessDays, SeedRef.of(seed(), line));
        return this;
    }

    /** A clause in this text's own words: its number, a stable code, an English summary and its line. */
    public SlaBuilder exclusion(String clause, String code, String summary, int line) {
        exclusions.add(new ExclusionClause(code, clause, summary, SeedRef.of(seed(), line)));
        return this;
    }

    /** A shared clause ({@link Clauses}) as this text numbers it, on its line. */
    public SlaBuilder exclusion(String clauseNumber, Clause clause, int line) {
        Objects.requireNonNull(clause, "clause");
        return exclusion(clauseNumber, clause.code(), clause.summary(), line);
    }

    /** A reading chosen where the text is ambiguous, or a fact a user must know. */
    public SlaBuilder note(String note) {
        notes.add(note);
        return this;
    }

    /** The text's example: "a 30-day month allows 10.8 minutes" (any 30-day month stands for "a 30-day month"). */
    public SlaBuilder allowanceExample(String description, int line, String metricId, YearMonth month, String expectedMinutes) {
        return allowanceExample(description, line, null, metricId, month, expectedMinutes);
    }

    public SlaBuilder allowanceExample(String description, int line, String edition, String metricId, YearMonth month,
                                       String expectedMinutes) {
        examples.add(new ExampleSpec(line, b -> new WorkedExample.Allowance(description, SeedRef.of(seed(), line),
                b.exampleEdition(edition), metricId, month, new BigDecimal(expectedMinutes))));
        return this;
    }

    /** A month the text walks through; expectations may be null where the text gives none. */
    public SlaBuilder evaluationExample(String description, int line, String edition, String metricId, YearMonth month,
                                        ResourceMonth resource, String expectedUnavailableMinutes,
                                        String expectedAvailabilityPercent, String expectedCreditPercent) {
        examples.add(new ExampleSpec(line, b -> new WorkedExample.Evaluation(description, SeedRef.of(seed(), line),
                b.exampleEdition(edition), metricId, month, resource, decimal(expectedUnavailableMinutes),
                decimal(expectedAvailabilityPercent), decimal(expectedCreditPercent))));
        return this;
    }

    private static Optional<BigDecimal> decimal(String text) {
        return Optional.ofNullable(text).map(BigDecimal::new);
    }

    private String exampleEdition(String requested) {
        if (requested != null) {
            return requested;
        }
        if (defaultEdition != null) {
            return defaultEdition;
        }
        return editions.isEmpty() ? Edition.STANDARD : editions.keySet().iterator().next();
    }

    private String seed() {
        if (seed == null) {
            throw new IllegalStateException(product + ": call source(...) before anything that cites a line");
        }
        return seed;
    }

    public SlaDefinition build() {
        Objects.requireNonNull(nameZh, () -> product + ": names(...) missing");
        Objects.requireNonNull(title, () -> product + ": source(...) missing");
        Objects.requireNonNull(updated, () -> product + ": updated(...) missing");
        Objects.requireNonNull(effectiveSource, () -> product + ": effective(...) or effectiveFromUpdatedDate() missing");
        LocalDate effectiveDay = effective != null ? effective : updated.toLocalDate();
        List<Edition> built = new ArrayList<>();
        if (!standardMetrics.isEmpty() || editions.isEmpty()) {
            built.add(new Edition(Edition.STANDARD, "Standard", standardMetrics.stream().map(m -> m.build(seed)).toList()));
        }
        for (EditionSpec spec : editions.values()) {
            built.add(new Edition(spec.id, spec.name, spec.metrics.stream().map(m -> m.build(seed)).toList()));
        }
        Provenance provenance = new Provenance(Seeds.file(seed), title, SeedRef.of(seed, titleLine), updated, effectiveDay,
                effectiveSource);
        List<WorkedExample> builtExamples = examples.stream().map(e -> e.factory.apply(this)).toList();
        return new SlaDefinition(product, site, family, nameZh, nameEn, provenance, zone, monthRule, built,
                Optional.ofNullable(defaultEdition), combination, cap, creditForm, Optional.ofNullable(claimPolicy),
                exclusions, notes, builtExamples, Optional.ofNullable(liabilityCap));
    }

    private record EditionSpec(String id, String name, List<MetricSpec> metrics) {
    }

    private record ExampleSpec(int line, java.util.function.Function<SlaBuilder, WorkedExample> factory) {
    }
}
