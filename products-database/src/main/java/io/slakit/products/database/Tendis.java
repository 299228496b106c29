package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
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
                                "6.1, 9276", "Tendis"))
                .exclusion("4.1", KvStoreTerms.MAINTENANCE, 9205)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 9207)
                .exclusion("4.3", KvStoreTerms.TELECOM, 9209)
                .exclusion("4.4", KvStoreTerms.PERFORMANCE_OVERLOAD, 9217)
                .exclusion("4.5", KvStoreTerms.SPEC_EXCEEDED, 9219)
                .exclusion("4.6", KvStoreTerms.ARREARS, 9221)
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS, 9248)
                .exclusion("4.8", KvStoreTerms.OPERATION, 9250)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 9252)
                .exclusion("4.10", DatabaseTerms.BREACH_2025, 9254)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 9256)
                .exclusion("4.12", KvStoreTerms.FORCE_MAJEURE, 9262)
                .exclusion("4.13", KvStoreTerms.CUSTOMER_FAULT, 9270)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 9126, "single-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 9126, "multi-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
