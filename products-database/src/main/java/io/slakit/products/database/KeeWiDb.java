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
                                "6.1, 9484", "KeeWiDB"))
                .exclusion("4.1", KvStoreTerms.MAINTENANCE, 9413)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 9415)
                .exclusion("4.3", KvStoreTerms.TELECOM, 9417)
                .exclusion("4.4", KvStoreTerms.PERFORMANCE_OVERLOAD, 9425)
                .exclusion("4.5", KvStoreTerms.SPEC_EXCEEDED, 9427)
                .exclusion("4.6", KvStoreTerms.ARREARS, 9429)
                .exclusion("4.7", Clauses.CUSTOMER_CREDENTIALS, 9456)
                .exclusion("4.8", KvStoreTerms.OPERATION, 9458)
                .exclusion("4.9", Clauses.NOT_TENCENT_CAUSE, 9460)
                .exclusion("4.10", DatabaseTerms.BREACH_2025, 9462)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 9464)
                .exclusion("4.12", KvStoreTerms.FORCE_MAJEURE, 9470)
                .exclusion("4.13", KvStoreTerms.CUSTOMER_FAULT, 9478)
                .evaluationExample("An outage of 1m01s counts as 2 minutes", 9334, "single-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(61)), "2", null, "0")
                .evaluationExample("An outage of at most 1 minute is not counted", 9334, "multi-az", "availability", YearMonth.of(2024, 4),
                        oneOutage(Duration.ofSeconds(60)), "0", null, "0")
                .build();
    }
}
