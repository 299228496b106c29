package io.slakit.products.storage;

import io.slakit.api.CombinationRule;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * 云硬盘服务等级协议 (Cloud Block Storage, CBS), seed 002 line 6198: per disk, availability 99.95% and data
 * durability 99.9999999% over whole calendar months.
 */
final class Cbs {
    private Cbs() {
    }

    static SlaDefinition definition() {
        return Sla.define("cbs", Site.CN, Family.STORAGE)
                .names("云硬盘", "Cloud Block Storage (CBS)")
                .source(Seeds.CN, 6198, "云硬盘服务等级协议")
                .liabilityCapOverMonths(12, 6401)
                .updated("2023-12-15T14:41:52")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单实例服务可用性")
                        // 1.2.3 (6257-6259): a minute in which the disk instance is continuously inaccessible.
                        .measuredBy(StorageTerms.failedMinute())
                        .commitment("99.95", 6322)
                        // 3.1 is displaced to the end of the section (6413-6421).
                        .tiers(6415,
                                tier("[99, 99.95)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .metric(metric("durability", "数据存储持久性")
                        // 1.3 (6229-6235): intact disks / (intact + lost) per whole calendar month.
                        .measuredBy(Rules.durability().wholeMonthsOnly())
                        .commitment("99.9999999", 6229)
                        // 3.1.3 (6361): a month below the durability standard earns that month's fee.
                        .tiers(6361, tier("[0, 99.9999999)", "100")))
                .combination(CombinationRule.HIGHEST)
                .claim(5, 60, 6365)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 6379)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 6381)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interface or data is attacked, or other improper conduct"), 6383)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 6385)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software or devices"), 6387)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, 6389)
                .exclusion("4.7", Clauses.FORCE_MAJEURE, 6391)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, 6393)
                .exclusion("4.9", "crypto-mining", "Tencent Cloud equipment used for a \"mining\" business (mining-rig hosting or rental, "
                        + "hash-power rental); Tencent Cloud may stop the service unilaterally", 6395)
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, 6397)
                .note(StorageTerms.failedMinuteReading("disk instance", "1.2.3, 6257-6259, \"持续无法访问\": every access attempt "
                        + "in the minute failed"))
                .note("Durability (1.3, 6229-6235) = intact disks / (intact + lost) per service period, a whole calendar month; a "
                        + "partial month is no service period and earns nothing. Reading chosen: durability is evaluated per disk, like "
                        + "the fee it pays (1.2.4, 6225: the fee of one disk instance): give the disk as durability units 1 and lost 1 "
                        + "if its data was lost in the month. Counts over several disks are accepted; any loss below 99.9999999% earns "
                        + "the resource's whole fee.")
                .note("Combination: the text states the availability credit (3.1.2, 6357, capped at the month's fee) and the "
                        + "durability credit (3.1.3, 6361, the month's fee) separately and does not say whether they add. Reading "
                        + "chosen: as CVM 3.1(5), only the higher is paid, and never more than the month's fee.")
                .note("Monthly fee (1.2.4, 6225): what the account paid for this one disk instance in the service month, excluding "
                        + "what is bought but not yet consumed and voucher, coupon and fee-waiver deductions.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.2, 6365-6375)")
                .note("Liability (5.1, 6399-6403): at most the fees paid for the service concerned; after more than 12 months of use, "
                        + "at most the fees paid for it in the 12 months before the damage.")
                .note("Sections 1.4 to 1.13 (data destruction, migration, privacy, data location, auditability, functions, resource "
                        + "scaling, recovery, performance, metering; 6237-6316) are commitments without a credit.")
                .allowanceExample("A 30-day month at 99.95% allows 43200 - 43178.4 = 21.6 minutes", 6324,
                        "availability", YearMonth.of(2024, 4), "21.6")
                .build();
    }
}
