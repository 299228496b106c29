package io.slakit.products.bigdata;

import io.slakit.api.Family;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.MetricSpec;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * The three 腾讯云数据仓库 TCHouse texts (seed 002 lines 24326, 24510, 24688): the same structure and the
 * same clauses word for word, per cluster; TCHouse-C and TCHouse-D promise 99.9 %, TCHouse-P 99.95 %.
 */
final class Tchouse {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private Tchouse() {
    }

    /** 腾讯云数据仓库 TCHouse-C 服务等级协议 (ClickHouse), line 24326. */
    static SlaDefinition c() {
        SlaBuilder b = Sla.define("tchouse-c", Site.CN, Family.BIGDATA)
                .names("腾讯云数据仓库 TCHouse-C", "Tencent Cloud Data Warehouse TCHouse-C (ClickHouse)")
                .source(Seeds.CN, 24326, "腾讯云数据仓库 TCHouse-C 服务等级协议")
                .updated("2025-06-24T17:53:42")
                .effectiveFromUpdatedDate()
                .metric(availability("99.9", 24353, 24357, 24369, 24481))
                .claim(5, 60, 24419);
        return common(BigdataTerms.tchouseClauses(b, 24437, 24439, 24441, 24443, 24447, 24449, 24451, 24453, 24455, 24457, 24459,
                        24461, 24471, 24473, 24475), 24361, 24425)
                .build();
    }

    /** 腾讯云数据仓库 TCHouse-P 服务等级协议 (PB-scale warehouse), line 24510. */
    static SlaDefinition p() {
        SlaBuilder b = Sla.define("tchouse-p", Site.CN, Family.BIGDATA)
                .names("腾讯云数据仓库 TCHouse-P", "Tencent Cloud Data Warehouse TCHouse-P")
                .source(Seeds.CN, 24510, "腾讯云数据仓库 TCHouse-P 服务等级协议")
                .updated("2025-06-24T17:53:42")
                .effectiveFromUpdatedDate()
                .metric(availability("99.95", 24537, 24541, 24553, 24659))
                .claim(5, 60, 24597);
        return common(BigdataTerms.tchouseClauses(b, 24615, 24617, 24619, 24621, 24625, 24627, 24629, 24631, 24633, 24635, 24637,
                        24639, 24649, 24651, 24653), 24545, 24603)
                .note("3.1 (24661-24665) writes the bounds with two decimals (99.95% > Av >= 99.00%, 99.00% > Av >= 95.00%, 95.00% > Av): "
                        + "the same bands as 99 and 95.")
                .build();
    }

    /** 腾讯云数据仓库 TCHouse-D 服务等级协议 (Apache Doris), line 24688. */
    static SlaDefinition d() {
        SlaBuilder b = Sla.define("tchouse-d", Site.CN, Family.BIGDATA)
                .names("腾讯云数据仓库 TCHouse-D", "Tencent Cloud Data Warehouse TCHouse-D (Apache Doris)")
                .source(Seeds.CN, 24688, "腾讯云数据仓库 TCHouse-D 服务等级协议")
                .updated("2025-06-24T17:53:42")
                .effectiveFromUpdatedDate()
                .metric(availability("99.9", 24717, 24721, 24733, 24839))
                .claim(5, 60, 24777);
        return common(BigdataTerms.tchouseClauses(b, 24795, 24797, 24799, 24801, 24805, 24807, 24809, 24811, 24813, 24815, 24817,
                        24819, 24829, 24831, 24833), 24725, 24783)
                .build();
    }

    /**
     * 1.3/1.4/2.1/2.2/3.1: a minute in which every consecutive attempt to connect to the cluster failed, through Tencent Cloud's
     * fault, is unavailable; the month's unavailable minutes are their sum; availability per cluster. The table reads
     * "C% > Av >= 99.0%: 10%; 99.0% > Av >= 95.0%: 25%; 95.0% > Av: 100%".
     */
    private static MetricSpec availability(String commitment, int definitionLine, int sumLine, int commitmentLine, int tableLine) {
        return metric("availability", "单个集群的服务可用性")
                // 1.3 (definitionLine): "当某一分钟内...所有试图与指定的云数据仓库集群建立连接的连续尝试均失败，则视为该分钟内本服务不可用";
                // 1.4 (sumLine): the unavailable minutes of the month are added up.
                .measuredBy(Rules.everyAttemptFailed(MINUTE))
                .commitment(commitment, commitmentLine)
                .tiers(tableLine,
                        tier("[99, " + commitment + ")", "10"),
                        tier("[95, 99)", "25"),
                        tier("[0, 95)", "100"));
    }

    private static SlaBuilder common(SlaBuilder b, int feeLine, int materialsLine) {
        return b
                .note("Availability is per cluster (2.1): each cluster is one resource, with the minutes in which every consecutive "
                        + "attempt to connect to it failed through Tencent Cloud's fault (1.3). A minute with any successful connection "
                        + "is available.")
                .note("Monthly fee (1.6, " + feeLine + "): each cluster's fee is its actual consumption in the service month. A cluster "
                        + "bought on Oct 20 has October's fee = what its use from Oct 20 to Oct 31 cost, even when several months were "
                        + "prepaid; give that as the resource's fee and activeFrom Oct 20, so October's service month is Oct 20-31 "
                        + "(12 days, 17,280 minutes). The fee excludes voucher, coupon and fee-waiver deductions.")
                .note(BigdataTerms.SERVICE_MONTH_17)
                .note("Claims (3.3, " + materialsLine + "): Tencent Cloud may ask for the account ID and APPID, the reason with the "
                        + "affected clusters and the time of the problem, and other information it reasonably needs.")
                .note(BigdataTerms.VOUCHER_TERMS)
                .note(BigdataTerms.LIABILITY_FEES_PAID);
    }

    /** A cluster activated on 2025-10-20 (Beijing time), {@code failedMinutes} wholly failed minutes from Oct 25 00:00. */
    static ResourceMonth boughtOctober20(int failedMinutes) {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        Instant start = LocalDate.of(2025, 10, 25).atStartOfDay(beijing).toInstant();
        ResourceMonth.Builder r = ResourceMonth.builder("cluster-oct20", Money.of("120.00", "CNY"))
                .activeFrom(LocalDate.of(2025, 10, 20).atStartOfDay(beijing).toInstant());
        for (int i = 0; i < failedMinutes; i++) {
            r.window(WindowSample.of(start.plus(MINUTE.multipliedBy(i)), 10, 10));
        }
        return r.build();
    }
}
