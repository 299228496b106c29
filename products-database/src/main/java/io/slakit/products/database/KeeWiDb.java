package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DatabaseTerms.oneOutage;

/** 腾讯云 KeeWiDB 数据库服务等级协议, seed 002 line 9299: the Tendis terms, word for word, on other lines. */
final class KeeWiDb {
    private KeeWiDb() {
    }

    static SlaDefinition definition() {
        return KvStoreTerms.apply(Sla.define("keewidb", Site.CN, Family.DATABASE)
                        .names("腾讯云 KeeWiDB 数据库", "Tencent Cloud KeeWiDB")
                        .source(Seeds.CN, 9299, "腾讯云 KeeWiDB 数据库服务等级协议")
                        .updated("2025-06-23T15:49:52"),
                        new KvStoreTerms.Lines(9302, 9350, 9437, 9352, 9445, 9393,
                                new int[] {9413, 9415, 9417, 9425, 9427, 9429, 9456, 9458, 9460, 9462, 9464, 9470, 9478},
                                "6.1, 9484", "KeeWiDB"))
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 9334, "single-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 9334, "multi-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
