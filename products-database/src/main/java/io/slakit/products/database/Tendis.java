package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.database.DatabaseTerms.oneOutage;

/** 腾讯云 Tendis 数据库服务等级协议, seed 002 line 9091: single-zone and multi-zone tables. */
final class Tendis {
    private Tendis() {
    }

    static SlaDefinition definition() {
        return KvStoreTerms.apply(Sla.define("tendis", Site.CN, Family.DATABASE)
                        .names("腾讯云 Tendis 数据库", "Tencent Cloud Tendis")
                        .source(Seeds.CN, 9091, "腾讯云 Tendis 数据库服务等级协议")
                        .updated("2025-06-27T14:40:32"),
                        new KvStoreTerms.Lines(9094, 9142, 9229, 9144, 9237, 9185,
                                new int[] {9205, 9207, 9209, 9217, 9219, 9221, 9248, 9250, 9252, 9254, 9256, 9262, 9270},
                                "6.1, 9276", "Tendis"))
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 9126, "single-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 9126, "multi-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
