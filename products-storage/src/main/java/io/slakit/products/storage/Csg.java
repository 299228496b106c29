package io.slakit.products.storage;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;

/** 存储网关服务等级协议 (Cloud Storage Gateway, CSG), seed 002 line 7144: per gateway instance, 99.9%. */
final class Csg {
    private Csg() {
    }

    static SlaDefinition definition() {
        SlaBuilder b = Sla.define("csg", Site.CN, Family.STORAGE)
                .names("存储网关", "Cloud Storage Gateway (CSG)")
                .source(Seeds.CN, 7144, "存储网关服务等级协议")
                .updated("2023-05-23T15:52:05")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "单网关实例服务可用性")
                        // 1.5 (7173-7175): a minute in which every connection attempt to the gateway instance fails.
                        .measuredBy(StorageTerms.failedMinute())
                        .commitment("99.9", 7183)
                        .tiers(7265, StorageTerms.tiers999to98()))
                .claim(5, 60, 7221);
        return StorageTerms.fileClauses(b, 7235, 7237, 7239, 7241, 7243, 7245, 7247, 7249, 7251)
                .note(StorageTerms.failedMinuteReading("gateway instance (单网关实例, a gateway of unit count 1, 7163)", "1.5, 7173-7175"))
                .note("Monthly fee (1.6, 7177): what the account incurred for this one gateway instance in the calendar month, "
                        + "excluding what is not yet consumed; the cap (3.1(2), 7217) excludes voucher, coupon and fee-waiver deductions.")
                .note("Tiers (3.1, 7265-7271): 99.9% > Av >= 99.0% 10%; 99.0% > Av >= 98.0% 20%; 98.0% > Av 50%.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.2, 7221-7231)")
                .note(StorageTerms.LIABILITY_FEES_PAID + " (5.1, 7253)")
                .build();
    }
}
