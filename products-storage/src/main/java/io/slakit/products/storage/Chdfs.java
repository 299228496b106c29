package io.slakit.products.storage;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;

/** 云 HDFS 服务等级协议 (Cloud HDFS, CHDFS), seed 002 line 6428: per file system, 99.9%. */
final class Chdfs {
    private Chdfs() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("chdfs", Site.CN, Family.STORAGE)
                .names("云 HDFS", "Cloud HDFS (CHDFS)")
                .source(Seeds.CN, 6428, "云 HDFS 服务等级协议")
                .updated("2022-06-23T17:20:37")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单个文件系统服务可用性")
                        // 1.5 (6459-6463): a minute in which, with authentication and network upstream services running
                        // normally, every connection attempt to the file system fails.
                        .measuredBy(StorageTerms.failedMinute())
                        .commitment("99.9", 6473)
                        .tiers(6563, StorageTerms.tiers999to98()))
                .claim(5, 60, 6513)
                .exclusion("1.5", "upstream-service-down", "Minutes when the authentication service, the network or another upstream "
                        + "service was not running normally are no file-system unavailability", 6487);
        return StorageTerms.fileClauses(b, 6527, 6529, 6531, 6533, 6535, 6537, 6539, 6541, 6543)
                .note(StorageTerms.failedMinuteReading("file system (the smallest unit of storage and of availability, 1.2, 6447)",
                        "1.5, 6459-6463"))
                .note("1.5's condition (6459: \"在鉴权服务、网络等上游服务均正常运行的情况下\") is coded as upstream-service-down: mark "
                        + "minutes when an upstream service (authentication, network) was down with it and they are not counted. The "
                        + "clause is cited on its heading (6487); its body stands displaced at 6459-6463.")
                .note("Monthly fee (1.7, 6465): what the account paid for this one file system in the calendar month (capacity, "
                        + "bandwidth...), excluding what is bought but not consumed; the cap (3.1(2), 6509) is the cash actually paid, "
                        + "excluding voucher, coupon and fee-waiver deductions.")
                .note("Tiers (3.1, 6563-6569): 99.9% > Av >= 99.0% 10%; 99.0% > Av >= 98.0% 20%; 98.0% > Av 50%.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.2, 6513-6523)")
                .note(StorageTerms.LIABILITY_FEES_PAID + " (5.1, 6545) 5.2 (6549): a flaw the industry's technology of the time "
                        + "cannot avoid is not a breach.")
                .build();
    }
}
