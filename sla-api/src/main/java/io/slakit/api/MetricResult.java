package io.slakit.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One metric of one resource's month, explained: the numbers, the rule that produced them, the
 * clauses that excluded time, whether the commitment was met and what it earns.
 *
 * @param metric             the metric's id
 * @param name               the metric's name as the text gives it
 * @param rule               the measurement rule in words
 * @param totalMinutes       the minutes the month counts
 * @param unavailableMinutes counted downtime, for minute-based rules
 * @param excludedMinutes    minutes removed per exclusion clause code
 * @param availability       the exact availability
 * @param commitment         the promised availability
 * @param met                whether the availability reaches the commitment
 * @param allowedMinutes     the downtime the commitment allows in this month, for minute-based rules
 * @param tier               the credit tier the availability falls in, if any
 * @param creditPercent      the credit as a percent of the basis, where the rule is a percentage
 * @param credit             the credit amount before caps across metrics
 * @param otherForm          a credit owed in another form (extra days...), if any
 * @param explanation        how it came about
 * @param lateItems          for rules that check deadlines: each missed deadline with its lateness; empty for other rules
 * @param usageCredit        the credit in a unit that is not money, for rules that pay in one
 */
public record MetricResult(String metric, String name, String rule, BigDecimal totalMinutes,
                           Optional<BigDecimal> unavailableMinutes, Map<String, BigDecimal> excludedMinutes,
                           Availability availability, Percent commitment, boolean met,
                           Optional<BigDecimal> allowedMinutes, Optional<CreditTier> tier,
                           Optional<BigDecimal> creditPercent, Money credit, Optional<String> otherForm,
                           String explanation, Optional<List<LateItem>> lateItems, Optional<UsageCredit> usageCredit) {

    public MetricResult {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(totalMinutes, "totalMinutes");
        Objects.requireNonNull(unavailableMinutes, "unavailableMinutes");
        excludedMinutes = Map.copyOf(Objects.requireNonNull(excludedMinutes, "excludedMinutes"));
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(allowedMinutes, "allowedMinutes");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(creditPercent, "creditPercent");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(otherForm, "otherForm");
        Objects.requireNonNull(explanation, "explanation");
        lateItems = Objects.requireNonNull(lateItems, "lateItems").map(List::copyOf);
        Objects.requireNonNull(usageCredit, "usageCredit");
    }

    /** A result of a rule that checks no deadlines. */
    public MetricResult(String metric, String name, String rule, BigDecimal totalMinutes, Optional<BigDecimal> unavailableMinutes,
                        Map<String, BigDecimal> excludedMinutes, Availability availability, Percent commitment, boolean met,
                        Optional<BigDecimal> allowedMinutes, Optional<CreditTier> tier, Optional<BigDecimal> creditPercent,
                        Money credit, Optional<String> otherForm, String explanation) {
        this(metric, name, rule, totalMinutes, unavailableMinutes, excludedMinutes, availability, commitment, met, allowedMinutes,
                tier, creditPercent, credit, otherForm, explanation, Optional.empty(), Optional.empty());
    }

    public BigDecimal totalExcludedMinutes() {
        return excludedMinutes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
