package io.slakit.products.storage;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 文件存储服务等级协议 (Cloud File Storage, CFS), seed 002 line 6061: per file system instance, 99.95%. */
final class Cfs {
    private Cfs() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("cfs", Site.CN, Family.STORAGE)
                .names("文件存储", "Cloud File Storage (CFS)")
                .source(Seeds.CN, 6061, "文件存储服务等级协议")
                .updated("2023-09-07T10:50:41")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单文件系统实例服务可用性")
                        // 1.5 (6090-6092): a minute in which every connection attempt to the file system instance fails.
                        .measuredBy(StorageTerms.failedMinute())
                        .commitment("99.95", 6102)
                        // 3.1 is displaced to the end of the section (6185-6191).
                        .tiers(6185,
                                tier("[99, 99.95)", "15"),
                                tier("[98, 99)", "30"),
                                tier("[0, 98)", "50")))
                .claim(5, 60, 6139);
        return StorageTerms.fileClauses(b, 6155, 6157, 6159, 6161, 6163, 6165, 6167, 6169, 6171)
                .note(StorageTerms.failedMinuteReading("file system instance (1.2, 6080)", "1.5, 6090-6092"))
                .note("Monthly fee (1.6, 6094): what the account paid for this one file system instance in the calendar month "
                        + "(capacity, bandwidth, other storage management), excluding what is bought but not consumed and voucher, "
                        + "coupon and fee-waiver deductions.")
                .note("Tiers (3.1, 6185-6191): below 99.95% but at least 99% 15%; below 99% but at least 98% 30%; below 98% 50%.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.2, 6139-6151)")
                .note(StorageTerms.LIABILITY_FEES_PAID + " (5.1, 6173)")
                .build();
    }
}
