package io.slakit.products.bigdata;

import io.slakit.api.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static io.slakit.products.bigdata.BigdataFixtures.assertCredit;
import static io.slakit.products.bigdata.BigdataFixtures.evaluate;
import static io.slakit.products.bigdata.BigdataFixtures.month;
import static io.slakit.products.bigdata.BigdataFixtures.windows;

/**
 * Tier edges of the window products, worked from each text's table: September 2025 has 43,200 minutes, August 2025 44,640 (every bigdata text is in force by then).
 * Each failing window has every attempt failed; it counts its length in minutes. 99.9 % allows 43.2 / 44.64
 * minutes, 99.95 % 21.6 / 22.32, 99.5 % 216 / 223.2; 99 % is 432 / 446.4, 98 % 864 / 892.8, 95 % 2160 / 2232.
 */
class WindowTierEdgesTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** 1-minute products at 99.9 % with 10 / 25 / 100 % (HBase, ES general, TCHouse-C, TCHouse-D, RayData Web both editions). */
    @ParameterizedTest(name = "{0} {1} {2}: {3} failed minutes -> {4}%")
    @CsvSource({
            "emr-serverless-hbase, , 2025-09, 43, 0", "emr-serverless-hbase, , 2025-09, 44, 10",
            "emr-serverless-hbase, , 2025-09, 432, 10", "emr-serverless-hbase, , 2025-09, 433, 25",
            "emr-serverless-hbase, , 2025-09, 2160, 25", "emr-serverless-hbase, , 2025-09, 2161, 100",
            "emr-serverless-hbase, , 2025-08, 44, 0", "emr-serverless-hbase, , 2025-08, 45, 10",
            "emr-serverless-hbase, , 2025-08, 446, 10", "emr-serverless-hbase, , 2025-08, 447, 25",
            "emr-serverless-hbase, , 2025-08, 2232, 25", "emr-serverless-hbase, , 2025-08, 2233, 100",
            "es, general, 2025-09, 43, 0", "es, general, 2025-09, 44, 10", "es, general, 2025-09, 432, 10", "es, general, 2025-09, 433, 25",
            "es, general, 2025-09, 2160, 25", "es, general, 2025-09, 2161, 100",
            "es, general, 2025-08, 44, 0", "es, general, 2025-08, 45, 10", "es, general, 2025-08, 446, 10", "es, general, 2025-08, 447, 25",
            "es, general, 2025-08, 2232, 25", "es, general, 2025-08, 2233, 100",
            "tchouse-c, , 2025-09, 43, 0", "tchouse-c, , 2025-09, 44, 10", "tchouse-c, , 2025-09, 432, 10", "tchouse-c, , 2025-09, 433, 25",
            "tchouse-c, , 2025-09, 2160, 25", "tchouse-c, , 2025-09, 2161, 100",
            "tchouse-c, , 2025-08, 44, 0", "tchouse-c, , 2025-08, 45, 10", "tchouse-c, , 2025-08, 446, 10", "tchouse-c, , 2025-08, 447, 25",
            "tchouse-c, , 2025-08, 2232, 25", "tchouse-c, , 2025-08, 2233, 100",
            "tchouse-d, , 2025-09, 43, 0", "tchouse-d, , 2025-09, 44, 10", "tchouse-d, , 2025-09, 432, 10", "tchouse-d, , 2025-09, 433, 25",
            "tchouse-d, , 2025-09, 2160, 25", "tchouse-d, , 2025-09, 2161, 100",
            "tchouse-d, , 2025-08, 44, 0", "tchouse-d, , 2025-08, 45, 10", "tchouse-d, , 2025-08, 446, 10", "tchouse-d, , 2025-08, 447, 25",
            "tchouse-d, , 2025-08, 2232, 25", "tchouse-d, , 2025-08, 2233, 100",
            "raydata-web, basic, 2025-09, 43, 0", "raydata-web, basic, 2025-09, 44, 10", "raydata-web, basic, 2025-09, 432, 10",
            "raydata-web, basic, 2025-09, 433, 25", "raydata-web, basic, 2025-09, 2160, 25", "raydata-web, basic, 2025-09, 2161, 100",
            "raydata-web, basic, 2025-08, 44, 0", "raydata-web, basic, 2025-08, 45, 10", "raydata-web, basic, 2025-08, 446, 10",
            "raydata-web, basic, 2025-08, 447, 25", "raydata-web, basic, 2025-08, 2232, 25", "raydata-web, basic, 2025-08, 2233, 100",
            "raydata-web, advanced, 2025-09, 43, 0", "raydata-web, advanced, 2025-09, 44, 10", "raydata-web, advanced, 2025-09, 432, 10",
            "raydata-web, advanced, 2025-09, 433, 25", "raydata-web, advanced, 2025-09, 2160, 25", "raydata-web, advanced, 2025-09, 2161, 100",
            "raydata-web, advanced, 2025-08, 44, 0", "raydata-web, advanced, 2025-08, 45, 10", "raydata-web, advanced, 2025-08, 446, 10",
            "raydata-web, advanced, 2025-08, 447, 25", "raydata-web, advanced, 2025-08, 2232, 25", "raydata-web, advanced, 2025-08, 2233, 100",
    })
    void oneMinuteAtNinetyNineNine(String product, String edition, String month, int failedMinutes, String percent) {
        assertCredit(evaluate(product, Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10), edition), percent);
    }

    /** 1-minute products at 99.95 % with 10 / 25 / 100 % (ES AI search enhanced multi-AZ, TCHouse-P). */
    @ParameterizedTest(name = "{0} {1} {2}: {3} failed minutes -> {4}%")
    @CsvSource({
            "es, ai-search-multi-az, 2025-09, 21, 0", "es, ai-search-multi-az, 2025-09, 22, 10",
            "es, ai-search-multi-az, 2025-09, 432, 10", "es, ai-search-multi-az, 2025-09, 433, 25",
            "es, ai-search-multi-az, 2025-09, 2160, 25", "es, ai-search-multi-az, 2025-09, 2161, 100",
            "es, ai-search-multi-az, 2025-08, 22, 0", "es, ai-search-multi-az, 2025-08, 23, 10",
            "es, ai-search-multi-az, 2025-08, 446, 10", "es, ai-search-multi-az, 2025-08, 447, 25",
            "es, ai-search-multi-az, 2025-08, 2232, 25", "es, ai-search-multi-az, 2025-08, 2233, 100",
            "tchouse-p, , 2025-09, 21, 0", "tchouse-p, , 2025-09, 22, 10", "tchouse-p, , 2025-09, 432, 10", "tchouse-p, , 2025-09, 433, 25",
            "tchouse-p, , 2025-09, 2160, 25", "tchouse-p, , 2025-09, 2161, 100",
            "tchouse-p, , 2025-08, 22, 0", "tchouse-p, , 2025-08, 23, 10", "tchouse-p, , 2025-08, 446, 10", "tchouse-p, , 2025-08, 447, 25",
            "tchouse-p, , 2025-08, 2232, 25", "tchouse-p, , 2025-08, 2233, 100",
    })
    void oneMinuteAtNinetyNineNineFive(String product, String edition, String month, int failedMinutes, String percent) {
        assertCredit(evaluate(product, Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10), edition), percent);
    }

    /** BI, both editions: 99.90 % with 10 / 20 / 100 %. */
    @ParameterizedTest(name = "bi {0} {1}: {2} failed minutes -> {3}%")
    @CsvSource({
            "advanced, 2025-09, 43, 0", "advanced, 2025-09, 44, 10", "advanced, 2025-09, 432, 10", "advanced, 2025-09, 433, 20",
            "advanced, 2025-09, 2160, 20", "advanced, 2025-09, 2161, 100",
            "advanced, 2025-08, 44, 0", "advanced, 2025-08, 45, 10", "advanced, 2025-08, 446, 10", "advanced, 2025-08, 447, 20",
            "advanced, 2025-08, 2232, 20", "advanced, 2025-08, 2233, 100",
            "professional, 2025-09, 43, 0", "professional, 2025-09, 44, 10", "professional, 2025-09, 432, 10", "professional, 2025-09, 433, 20",
            "professional, 2025-09, 2160, 20", "professional, 2025-09, 2161, 100",
            "professional, 2025-08, 44, 0", "professional, 2025-08, 45, 10", "professional, 2025-08, 446, 10", "professional, 2025-08, 447, 20",
            "professional, 2025-08, 2232, 20", "professional, 2025-08, 2233, 100",
    })
    void bi(String edition, String month, int failedMinutes, String percent) {
        assertCredit(evaluate("bi", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10), edition), percent);
    }

    /**
     * Oceanus: 3-minute units, 99.9 % with 10 / 20 / 100 %. September: 14 units (42 min) are within 43.2, 15 (45) are not;
     * 144 units are exactly 432 min = 99 %; 720 exactly 2160 = 95 %. August: 15 units (45) exceed 44.64; 148 (444) stay within
     * 446.4 and 149 (447) do not; 744 units are exactly 2232 = 95 %.
     */
    @ParameterizedTest(name = "oceanus {0}: {1} failed units -> {2}%")
    @CsvSource({
            "2025-09, 14, 0", "2025-09, 15, 10", "2025-09, 144, 10", "2025-09, 145, 20", "2025-09, 720, 20", "2025-09, 721, 100",
            "2025-08, 14, 0", "2025-08, 15, 10", "2025-08, 148, 10", "2025-08, 149, 20", "2025-08, 744, 20", "2025-08, 745, 100",
    })
    void oceanusThreeMinuteUnits(String month, int failedUnits, String percent) {
        assertCredit(evaluate("oceanus", Site.CN, month(month), windows(month(month), Duration.ofMinutes(3), failedUnits, 10, 10)), percent);
    }

    /**
     * DLC: 5-minute units, 99.5 % with 10 / 25 / 100 % at 98 / 95. September: 43 units (215 min) within 216, 44 (220) not;
     * 98 % is 864: 172 units (860) and 173 (865); 432 units are exactly 2160 = 95 %. August: 223.2 -> 44 / 45 units;
     * 892.8 -> 178 / 179; 2232 -> 446 (2230) / 447 (2235).
     */
    @ParameterizedTest(name = "dlc {0}: {1} failed units -> {2}%")
    @CsvSource({
            "2025-09, 43, 0", "2025-09, 44, 10", "2025-09, 172, 10", "2025-09, 173, 25", "2025-09, 432, 25", "2025-09, 433, 100",
            "2025-08, 44, 0", "2025-08, 45, 10", "2025-08, 178, 10", "2025-08, 179, 25", "2025-08, 446, 25", "2025-08, 447, 100",
    })
    void dlcFiveMinuteUnits(String month, int failedUnits, String percent) {
        assertCredit(evaluate("dlc", Site.CN, month(month), windows(month(month), Duration.ofMinutes(5), failedUnits, 10, 10)), percent);
    }

    /**
     * WeData: 5-minute units, 99.95 % with 10 / 25 / 100 % at 98 / 95. September: 4 units (20 min) within 21.6, 5 (25) not;
     * 172 / 173 around 864; 432 units exactly 95 %. August: 4 / 5 around 22.32; 178 / 179 around 892.8; 446 / 447 around 2232.
     */
    @ParameterizedTest(name = "wedata {0}: {1} failed units -> {2}%")
    @CsvSource({
            "2025-09, 4, 0", "2025-09, 5, 10", "2025-09, 172, 10", "2025-09, 173, 25", "2025-09, 432, 25", "2025-09, 433, 100",
            "2025-08, 4, 0", "2025-08, 5, 10", "2025-08, 178, 10", "2025-08, 179, 25", "2025-08, 446, 25", "2025-08, 447, 100",
    })
    void weDataFiveMinuteUnits(String month, int failedUnits, String percent) {
        assertCredit(evaluate("wedata", Site.CN, month(month), windows(month(month), Duration.ofMinutes(5), failedUnits, 10, 10)), percent);
    }
}
