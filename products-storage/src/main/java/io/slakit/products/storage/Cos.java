package io.slakit.products.storage;

import io.slakit.api.CreditTier;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * 对象存储服务等级协议 (Cloud Object Storage, COS), seed 002 line 5831: availability per account, region and
 * storage class by the mean of the month's 5-minute error rates, one table per class; the credit is a share of
 * the account's whole COS bill. Effective 2023-11-01.
 */
final class Cos {
    private Cos() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("cos", Site.CN, Family.STORAGE)
                .names("对象存储", "Cloud Object Storage (COS)")
                .source(Seeds.CN, 5831, "对象存储服务等级协议")
                .updated("2023-10-12T20:57:02")
                .effective("2023-11-01", 5886)
                .edition("standard", "标准存储", standard(5933))
                .edition("standard-multi-az", "标准存储（多 AZ）", standardMultiAz(5935))
                .edition("standard-ia", "低频存储", standardIa(5937))
                .edition("standard-ia-multi-az", "低频存储（多 AZ）", standardIaMultiAz(5939))
                .edition("archive", "冷存储/归档存储/深度归档存储", archive())
                .edition("archive-multi-az", "冷存储（多 AZ）/归档存储（多 AZ）", archiveMultiAz())
                // 5948-5956 and 5973-5977: Intelligent Tiering takes the level and the table of the tier it is in.
                .edition("intelligent-tiering-frequent", "智能分层存储（高频访问层，参考标准存储）", standard(5933))
                .edition("intelligent-tiering-infrequent", "智能分层存储（低频访问层，参考低频存储）", standardIa(5937))
                .edition("intelligent-tiering-multi-az-frequent", "智能分层存储（多 AZ）（高频访问层，参考标准存储（多 AZ））", standardMultiAz(5935))
                .edition("intelligent-tiering-multi-az-infrequent", "智能分层存储（多 AZ）（低频访问层，参考低频存储（多 AZ））", standardIaMultiAz(5939))
                .claim(5, 60, 5979);
        return StorageTerms.sevenDayNoticeClauses(b, 5993, 5995, 5997, 5999, 6001, 6003, 6005)
                .note("Scope (2.1, 5903-5905): availability is computed per account, region and storage class; the buckets and "
                        + "objects of one class in one region of one account are merged. Give one resource per account + region + "
                        + "class (edition), with the 5-minute windows of its requests.")
                .note("Measurement (1.3, 5856; 2.1, 5925-5927): the formula itself is an image lost in extraction; only the note "
                        + "\"5分钟总个数 = 天数 × 24 × 12\" survives. Reading chosen, as CI's and IVC's printed formula: availability = "
                        + "1 - (sum of the 5-minute error rates / number of 5-minute windows in the service month); a window's rate "
                        + "is failed / user requests in it; windows without requests add 0 but still count.")
                .note("Failed requests (1.4, 5858-5878): only 500 (Internal Error) and 503 (Service Unavailable) returned by COS, "
                        + "and not: (1) GetService (bucket list) requests, (2) requests run asynchronously in the back end for "
                        + "cross-region replication or lifecycle rules, (3) mirror back-to-origin timeouts, (4) CallBack timeouts, "
                        + "(5) UDF timeouts, (6) requests throttled by rate limits, (7) failures from COS upgrades, changes or "
                        + "stops, (8) unauthenticated, unauthorised or arrears-suspended requests, (9) requests made because the "
                        + "user's side was attacked. These are not clauses with codes: they decide which requests count as failed, "
                        + "request by request, and a window carries only counts. Give each window's failed count without them; "
                        + "reading chosen: they stay among the window's user requests (the text removes them from the failed "
                        + "requests only).")
                .note("Exclusions 4.1-4.7 (5991): the time they cover is no unavailability. The mean-of-window-rates rule counts "
                        + "every window's failed requests whatever incidents say: give the failed requests of time covered by a "
                        + "clause as not failed (a rate of 0 for that time), and list the clause's incident for the record.")
                .note("Tables (3.1, 5962-5972 and, displaced by the page break, 6021-6049): Standard [99.90, 99.99) 10%, [95, "
                        + "99.90) 30%, < 95 50%; Standard multi-AZ [99.90, 99.995) 10%, [95, 99.90) 30%, < 95 50%; Standard-IA only "
                        + "[95, 99.90) 30%, < 95 50%; Standard-IA multi-AZ [99, 99.95) 10%, [95, 99) 30%, < 95 50%; Cold/Archive/"
                        + "Deep Archive only [95, 99) 30%, < 95 50%; Cold/Archive multi-AZ [99, 99.50) 10%, [95, 99) 30%, < 95 50%. "
                        + "Deep Archive has no multi-AZ row.")
                .note("Intelligent Tiering (2.2, 5948-5956; 3.1, 5973-5977): its level and table follow the access tier: the "
                        + "frequent tier takes Standard's (multi-AZ: Standard multi-AZ's), the infrequent tier Standard-IA's "
                        + "(multi-AZ: Standard-IA multi-AZ's). Reading chosen: one resource per tier, evaluated under the edition "
                        + "of that tier; the editions cite the referenced class's line for the percentage.")
                .note("Credit basis (1.5, 5880; 3.1 \"COS 月度总服务费\"): the account's whole COS bill of the calendar month "
                        + "(storage, traffic, requests, retrieval, other storage management), excluding voucher, coupon and "
                        + "fee-waiver deductions (3.1(2), 5919). Give that bill as the fee of each account + region + class resource. "
                        + "3.1(2) caps the month's total compensation at that bill; reading chosen: each resource that misses is its "
                        + "own credit and they add, and the sum over one account's resources is capped at the bill, which the "
                        + "engine, capping each resource at its fee, does not do across resources: cap the sum yourself.")
                .note("Months before 2023-11-01 fall under the old COS SLA (旧版《对象存储服务等级协议》, 5886), which is not in the seeds.")
                .note("The text points to an external \"COS 可用性计算示例\" page (436/30748, 6057) for a worked example; its content is not in the seeds.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.2, 5979-5989)")
                .note("Liability (5.1, 6007-6011): at most the fees paid for the service concerned; after more than 12 months of "
                        + "use, at most the fees paid in the 12 months before the failure first occurred for the service that missed the level. "
                        + "Not declared as the 12-month liability cap: its window is fixed before the first failure, while the ledger's "
                        + "12 months end with each month evaluated.")
                .build();
    }

    private static MetricSpec availability(String name, String commitment, int commitmentLine, int tableLine, CreditTier... tiers) {
        return metric("availability", name)
                .measuredBy(Rules.meanWindowErrorRate(Duration.ofMinutes(5)))
                .commitment(commitment, commitmentLine)
                .tiers(tableLine, tiers);
    }

    /** 标准存储 99.99% (5933); 3.1 at 5964-5970. */
    private static MetricSpec standard(int commitmentLine) {
        return availability("标准存储服务可用性", "99.99", commitmentLine, 5964,
                tier("[99.90, 99.99)", "10"), tier("[95.00, 99.90)", "30"), tier("[0, 95.00)", "50"));
    }

    /** 标准存储（多 AZ） 99.995% (5935); 3.1 at 5972, continued at 6021-6023. */
    private static MetricSpec standardMultiAz(int commitmentLine) {
        return availability("标准存储（多 AZ）服务可用性", "99.995", commitmentLine, 5972,
                tier("[99.90, 99.995)", "10"), tier("[95.00, 99.90)", "30"), tier("[0, 95.00)", "50"));
    }

    /** 低频存储 99.90% (5937); 3.1 at 6025-6028: no 10% band. */
    private static MetricSpec standardIa(int commitmentLine) {
        return availability("低频存储服务可用性", "99.90", commitmentLine, 6025,
                tier("[95.00, 99.90)", "30"), tier("[0, 95.00)", "50"));
    }

    /** 低频存储（多 AZ） 99.95% (5939); 3.1 at 6030-6036. */
    private static MetricSpec standardIaMultiAz(int commitmentLine) {
        return availability("低频存储（多 AZ）服务可用性", "99.95", commitmentLine, 6030,
                tier("[99.00, 99.95)", "10"), tier("[95.00, 99.00)", "30"), tier("[0, 95.00)", "50"));
    }

    /** 冷存储/归档存储/深度归档存储 99.00% (5941); 3.1 at 6038-6041: no 10% band. */
    private static MetricSpec archive() {
        return availability("冷存储/归档存储/深度归档存储服务可用性", "99.00", 5941, 6038,
                tier("[95.00, 99.00)", "30"), tier("[0, 95.00)", "50"));
    }

    /** 冷存储（多 AZ）/归档存储（多 AZ） 99.50% (5946); 3.1 at 6043-6049. */
    private static MetricSpec archiveMultiAz() {
        return availability("冷存储（多 AZ）/归档存储（多 AZ）服务可用性", "99.50", 5946, 6043,
                tier("[99.00, 99.50)", "10"), tier("[95.00, 99.00)", "30"), tier("[0, 95.00)", "50"));
    }
}
