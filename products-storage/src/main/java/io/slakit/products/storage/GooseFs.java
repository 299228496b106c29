package io.slakit.products.storage;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;

/**
 * 数据加速器 GooseFS 服务等级协议 (Data Accelerator GooseFS), seed 002 line 6715: per cluster, 99.9%, with
 * two definitions of an unavailable minute: self-built clusters and the managed (public cloud) edition.
 */
final class GooseFs {
    private GooseFs() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("goosefs", Site.CN, Family.STORAGE)
                .names("数据加速器 GooseFS", "Data Accelerator GooseFS")
                .source(Seeds.CN, 6715, "数据加速器 GooseFS 服务等级协议")
                .updated("2024-10-14T10:22:11")
                .effectiveFromUpdatedDate()
                // 1.5 (6748-6752): self-built clusters: with authentication and machine nodes running normally, every
                // connection attempt fails because of a GooseFS software fault.
                .edition("self-built", "部署在自建集群的数据加速器 GooseFS", availability())
                // 1.5 (6754-6756): the managed edition: with authentication running normally, every attempt fails.
                .edition("managed", "公有云托管版数据加速器 GooseFS", availability())
                .claim(5, 60, 6808)
                .exclusion("1.5", "upstream-or-node-fault", "Minutes when the authentication service (self-built clusters: also the "
                        + "machine nodes) was not running normally, or, on a self-built cluster, the failure was not caused by GooseFS "
                        + "software, are no cluster unavailability", 6780);
        return StorageTerms.fileClauses(b, 6822, 6824, 6826, 6828, 6830, 6832, 6834, 6836, 6838)
                .note(StorageTerms.failedMinuteReading("GooseFS cluster (at least one node: a CVM instance, a container pod or "
                        + "a physical machine, 1.2, 6736)", "1.5, 6748-6758"))
                .note("Editions (1.5): self-built (6748) counts a minute only when authentication and the machine nodes ran normally "
                        + "and a GooseFS software fault made every attempt fail; managed (6754) only when authentication ran normally. "
                        + "Both promise 99.9% with one table. Mark minutes outside these conditions with upstream-or-node-fault and "
                        + "they are not counted; the clause is cited on its heading (6780), its body stands displaced at 6748-6758.")
                .note("Monthly fee (1.7, 6760): what the account paid for this one cluster in the calendar month (capacity, bandwidth, "
                        + "software licence, after-sales maintenance...), excluding what is bought but not consumed and voucher, coupon "
                        + "and fee-waiver deductions. The line ends with the editing marks \"[a1] [k2]\", read as no part of the text.")
                .note("Tiers (3.1, 6856-6862): 99.9% > Av >= 99.0% 10%; 99.0% > Av >= 95.0% 20%; 95.0% > Av 50%.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.2, 6808-6818)")
                .note(StorageTerms.LIABILITY_FEES_PAID + " (5.1, 6840)")
                .build();
    }

    private static MetricSpec availability() {
        return metric("availability", "单个 GooseFS 集群服务可用性")
                .measuredBy(StorageTerms.failedMinute())
                .commitment("99.9", 6794)
                .tiers(6856, StorageTerms.tiers999to95());
    }
}
