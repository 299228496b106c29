package io.slakit.products.storage;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;

/** 数据加速器 GooseFSx 服务等级协议 (Data Accelerator GooseFSx), seed 002 line 6576: per instance, 99.9%. */
final class GooseFsx {
    private GooseFsx() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("goosefsx", Site.CN, Family.STORAGE)
                .names("数据加速器 GooseFSx", "Data Accelerator GooseFSx")
                .source(Seeds.CN, 6576, "数据加速器 GooseFSx 服务等级协议")
                .updated("2022-08-10T09:44:12")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单实例服务可用性")
                        // 1.5 (6607-6609): a minute in which every connection attempt to the instance fails; failures not
                        // lasting 60 seconds are not counted.
                        .measuredBy(StorageTerms.failedMinute())
                        .commitment("99.9", 6619)
                        .tiers(6702, StorageTerms.tiers999to98()))
                .claim(5, 60, 6656);
        return StorageTerms.sevenDayNoticeClauses(b, 6672, 6674, 6676, 6678, 6680, 6682, 6684)
                .note(StorageTerms.failedMinuteReading("GooseFSx instance (1.2, 6597)", "1.5, 6607-6609; the text says 60 seconds "
                        + "where the others say 1 minute, the same length"))
                .note("4.1 (6672) excludes only maintenance or unavailability warnings notified at least 7 days in advance; "
                        + "maintenance announced later is not excluded.")
                .note("Monthly fee (1.6, 6611): what the account paid for this one instance in the calendar month (capacity, "
                        + "bandwidth, other storage management), excluding what is bought but not consumed; the cap (3.1(2), 6652) is "
                        + "the cash actually paid, excluding voucher, coupon and fee-waiver deductions.")
                .note("Tiers (3.1, 6702-6708): 99.9% > Av >= 99.0% 10%; 99.0% > Av >= 98.0% 20%; 98.0% > Av 50%.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.2, 6656-6668)")
                .note(StorageTerms.LIABILITY_FEES_PAID + " (5.1, 6686) 5.2 (6690): a flaw the industry's technology of the time "
                        + "cannot avoid is not a breach.")
                .build();
    }
}
