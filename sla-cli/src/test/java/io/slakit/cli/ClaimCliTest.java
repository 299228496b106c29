package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code slakit claim}: the ticket text per resource owed a credit, in both languages, on a CVM April 2024 worked by hand.
 *
 * <p>The month (the README's embedded example without ins-db-1): ins-web-1 (zone ap-guangzhou-3) is down 10:00:00-10:10:30 on
 * April 5; ins-web-2 (ap-guangzhou-4, the only instance of its zone) is down 10:02-10:06 the same morning, and 02:00-09:30 on
 * April 18 by force majeure (clause 5.8, 002:1565).
 * <ul>
 * <li>April has 30 x 1440 = 43200 minutes (002:1310).</li>
 * <li>ins-web-1, single instance: 10 min 30 s counts as 11 minutes (over 1 minute, partial minutes round up: 002:1316-1318);
 *     (43200 - 11) / 43200 = 99.974537...% below 99.975% (002:1468), at least 99%: 10% of the monthly fee (002:1512) = 100.00.</li>
 * <li>ins-web-1, multi-AZ: down 10:02-10:06 while every instance of zone 4 is down: 4 minutes; (43200 - 4) / 43200 = 99.990741%
 *     below 99.995% (002:1474): 10% (002:1520) = 100.00. Only the higher credit is paid (3.1(5)): 100.00 CNY in vouchers.</li>
 * <li>ins-web-2, single instance: 4 minutes (the force-majeure 450 are excluded): 99.990741% meets 99.975%; multi-AZ: down 10:02-10:06
 *     while zone 3's only instance is down: 4 minutes, 99.990741% below 99.995%: 10% = 100.00.</li>
 * <li>Window: the 5th working day of May 2024 is May 10 (May 1-5 off), so claims open May 11; they close 60 calendar days after
 *     April 30, on June 29 (002:1527). May 20 is inside it.</li>
 * </ul>
 */
class ClaimCliTest {
    static final String MONTH = """
            {"product": "cvm", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
              {"id": "ins-web-1", "region": "ap-guangzhou", "zone": "ap-guangzhou-3", "fee": "1000.00",
               "incidents": [{"start": "2024-04-05T10:00:00+08:00", "end": "2024-04-05T10:10:30+08:00", "exclusion": null}]},
              {"id": "ins-web-2", "region": "ap-guangzhou", "zone": "ap-guangzhou-4", "fee": "1000.00",
               "incidents": [{"start": "2024-04-05T10:02:00+08:00", "end": "2024-04-05T10:06:00+08:00", "exclusion": null},
                             {"start": "2024-04-18T02:00:00+08:00", "end": "2024-04-18T09:30:00+08:00", "exclusion": "force-majeure"}]}]}
            """;

    private static final String CALENDAR = "mainland China, State Council holiday notices 2020-2026";

    static Path month(Path dir, String text) throws IOException {
        Path file = dir.resolve("month.json");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void englishDrafts(@TempDir Path dir) throws IOException {
        MainTest.Run r = run("claim", month(dir, MONTH).toString(), "--lang", "en", "--as-of", "2024-05-20");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                Claim draft 1 of 2: ins-web-1
                AppID: <your AppID>
                UIN: <your UIN>
                Product: Cloud Virtual Machine / 云服务器 (cvm, site cn), edition standard (Standard)
                Agreement: 云服务器服务等级协议, effective 2024-02-01 (002_9e8ef7e27374634f.txt line 1285)
                Service month: 2024-04-01 to 2024-04-30 (43200 minutes, Asia/Shanghai)
                Resource ID: ins-web-1 (region ap-guangzhou, zone ap-guangzhou-3)
                Outages counted (Asia/Shanghai):
                  2024-04-05 10:00 to 2024-04-05 10:11
                Commitments missed:
                  单实例服务可用性 (single-instance): 11 minutes unavailable, availability 99.974537% against the commitment 99.975% (002:1468)
                    tier [99, 99.975) (at least 99% and below 99.975%) earns 10% of the monthly fee (002:1512)
                  单地域多可用区服务可用性 (multi-az): 4 minutes unavailable, availability 99.990741% against the commitment 99.995% (002:1474)
                    tier [99, 99.995) (at least 99% and below 99.995%) earns 10% of the monthly fee (002:1520)
                Several commitments missed: the contract pays the highest credit, not their sum.
                Credit asked: 100.00 CNY in vouchers (voucher)
                File between: 2024-05-11 and 2024-06-29 (from the day after the 5th business day of the next month to 60 calendar days \
                after the service month ends, 002:1527; business days: {calendar}); as of 2024-05-20: open

                Claim draft 2 of 2: ins-web-2
                AppID: <your AppID>
                UIN: <your UIN>
                Product: Cloud Virtual Machine / 云服务器 (cvm, site cn), edition standard (Standard)
                Agreement: 云服务器服务等级协议, effective 2024-02-01 (002_9e8ef7e27374634f.txt line 1285)
                Service month: 2024-04-01 to 2024-04-30 (43200 minutes, Asia/Shanghai)
                Resource ID: ins-web-2 (region ap-guangzhou, zone ap-guangzhou-4)
                Outages counted (Asia/Shanghai):
                  2024-04-05 10:02 to 2024-04-05 10:06
                Excluded under the exclusion clauses (not claimed):
                  2024-04-18 02:00 to 2024-04-18 09:30: clause 5.8 force-majeure (002:1565)
                Commitments missed:
                  单地域多可用区服务可用性 (multi-az): 4 minutes unavailable, availability 99.990741% against the commitment 99.995% (002:1474)
                    tier [99, 99.995) (at least 99% and below 99.995%) earns 10% of the monthly fee (002:1520)
                Credit asked: 100.00 CNY in vouchers (voucher)
                File between: 2024-05-11 and 2024-06-29 (from the day after the 5th business day of the next month to 60 calendar days \
                after the service month ends, 002:1527; business days: {calendar}); as of 2024-05-20: open
                """.replace("{calendar}", CALENDAR), r.out());
    }

    @Test
    void chineseDraftsUseTheContractsTerms(@TempDir Path dir) throws IOException {
        MainTest.Run r = run("claim", month(dir, MONTH).toString(), "--as-of", "2024-05-20");
        assertEquals(0, r.code(), r.err());
        // 服务可用性, 服务不可用分钟数, 赔偿, 代金券, 月度服务费, 工单系统: the words of 002:1310-1530. The bands read as the table
        // at 002:1512 does: 低于99.975%但等于或高于99%.
        assertEquals("""
                赔偿申请草稿 1/2：ins-web-1
                AppID：<您的 AppID>
                UIN：<您的 UIN>
                产品：云服务器（cvm，站点 cn），版本 standard（Standard）
                协议：《云服务器服务等级协议》，2024-02-01 生效（002_9e8ef7e27374634f.txt 第 1285 行）
                服务月度：2024-04-01 至 2024-04-30（43200 分钟，Asia/Shanghai）
                资源 ID：ins-web-1（地域 ap-guangzhou，可用区 ap-guangzhou-3）
                服务不可用时间（Asia/Shanghai）：
                  2024-04-05 10:00 至 2024-04-05 10:11
                未达到的服务可用性标准：
                  单实例服务可用性（single-instance）：服务不可用分钟数 11，单实例服务可用性 99.974537%，低于承诺的 99.975%（002:1468）
                    赔偿标准：低于99.975%但等于或高于99%，赔偿月度服务费的10%（002:1512）
                  单地域多可用区服务可用性（multi-az）：服务不可用分钟数 4，单地域多可用区服务可用性 99.990741%，低于承诺的 99.995%（002:1474）
                    赔偿标准：低于99.995%但等于或高于99%，赔偿月度服务费的10%（002:1520）
                同时满足多项赔偿标准：以其中赔偿额较高者为准计算赔偿金额。
                申请赔偿：100.00 CNY 代金券
                申请期限：2024-05-11 至 2024-06-29（002:1527，工作日：{calendar}），通过工单系统提出赔偿申请；截至 2024-05-20：可以申请

                赔偿申请草稿 2/2：ins-web-2
                AppID：<您的 AppID>
                UIN：<您的 UIN>
                产品：云服务器（cvm，站点 cn），版本 standard（Standard）
                协议：《云服务器服务等级协议》，2024-02-01 生效（002_9e8ef7e27374634f.txt 第 1285 行）
                服务月度：2024-04-01 至 2024-04-30（43200 分钟，Asia/Shanghai）
                资源 ID：ins-web-2（地域 ap-guangzhou，可用区 ap-guangzhou-4）
                服务不可用时间（Asia/Shanghai）：
                  2024-04-05 10:02 至 2024-04-05 10:06
                属于免责条款情形的时间（不申请赔偿）：
                  2024-04-18 02:00 至 2024-04-18 09:30：免责条款 5.8（force-majeure，002:1565）
                未达到的服务可用性标准：
                  单地域多可用区服务可用性（multi-az）：服务不可用分钟数 4，单地域多可用区服务可用性 99.990741%，低于承诺的 99.995%（002:1474）
                    赔偿标准：低于99.995%但等于或高于99%，赔偿月度服务费的10%（002:1520）
                申请赔偿：100.00 CNY 代金券
                申请期限：2024-05-11 至 2024-06-29（002:1527，工作日：{calendar}），通过工单系统提出赔偿申请；截至 2024-05-20：可以申请
                """.replace("{calendar}", CALENDAR), r.out());
    }

    @Test
    void anOutageTheRuleIgnoresIsNotClaimedAndAPartialMonthCountsItsOwnMinutes(@TempDir Path dir) throws IOException {
        // ins-db-1 of the embedded example: active from April 11 09:30, so its service month is April 11-30, 20 x 1440 = 28800
        // minutes. 59 seconds on April 20 is at most a minute and not counted (002:1316); 08:00-16:30 on April 22 is 510 minutes:
        // (28800 - 510) / 28800 = 98.229167%, tier [95, 99): 25% of 2400.00 = 600.00.
        String month = """
                {"product": "cvm", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
                  {"id": "ins-db-1", "region": "ap-shanghai", "zone": "ap-shanghai-2", "fee": "2400.00", "fees": {"cbs": "300.00"},
                   "activeFrom": "2024-04-11T09:30:00+08:00",
                   "incidents": [{"start": "2024-04-20T13:00:00+08:00", "end": "2024-04-20T13:00:59+08:00", "exclusion": null},
                                 {"start": "2024-04-22T08:00:00+08:00", "end": "2024-04-22T16:30:00+08:00", "exclusion": null}]}]}
                """;
        MainTest.Run r = run("claim", month(dir, month).toString(), "--lang", "en", "--as-of", "2024-05-20");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                Service month: 2024-04-11 to 2024-04-30 (28800 minutes, Asia/Shanghai)
                Resource ID: ins-db-1 (region ap-shanghai, zone ap-shanghai-2)
                Outages counted (Asia/Shanghai):
                  2024-04-22 08:00 to 2024-04-22 16:30
                Commitments missed:
                  单实例服务可用性 (single-instance): 510 minutes unavailable, availability 98.229167% against the commitment 99.975% (002:1468)
                    tier [95, 99) (at least 95% and below 99%) earns 25% of the monthly fee (002:1512)
                Credit asked: 600.00 CNY in vouchers (voucher)
                """), r.out());
        assertFalse(r.out().contains("2024-04-20 13:00"), r.out());
    }

    @Test
    void aCreditInMessagesIsAskedInMessages(@TempDir Path dir) throws IOException {
        // SMS: availability = delivered / sent = 9400 / 10000 = 94%, below 95% (002:44113), at least 90%: 10% of the monthly fee
        // (002:44216) = 45.00 CNY, paid as messages (free usage) at the list price 0.045: 45.00 / 0.045 = 1000 SMS messages.
        String month = """
                {"product": "sms", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
                  {"id": "sms-app-1", "fee": "450.00", "deliveries": {"sent": 10000, "delivered": 9400, "unitPrice": "0.045"}}]}
                """;
        Path file = month(dir, month);
        MainTest.Run en = run("claim", file.toString(), "--lang", "en", "--as-of", "2024-05-20");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("""
                Resource ID: sms-app-1
                Commitments missed:
                  服务可用性 (availability): availability 94.000000% against the commitment 95% (002:44113)
                    tier [90, 95) (at least 90% and below 95%) earns 10% of the monthly fee, paid as 1000 SMS messages (002:44216)
                Credit asked: 1000 SMS messages
                """), en.out());
        MainTest.Run zh = run("claim", file.toString(), "--as-of", "2024-05-20");
        assertTrue(zh.out().contains("""
                    赔偿标准：低于95%但等于或高于90%，赔偿月度服务费的10%，以 1000 条短信发放（002:44216）
                申请赔偿：1000 条短信
                """), zh.out());
    }

    @ParameterizedTest(name = "as of {0}: {1} / {2}")
    @CsvSource({
            // The window is May 11 - June 29, both days inclusive.
            "2024-05-10, not yet open, 尚不能申请",
            "2024-05-11, open, 可以申请",
            "2024-06-29, open, 可以申请",
            "2024-06-30, closed, 已超过申请期限"})
    void theWindowsStateAsOfTheDayGiven(String day, String en, String zh, @TempDir Path dir) throws IOException {
        Path file = month(dir, MONTH);
        MainTest.Run english = run("claim", file.toString(), "--lang", "en", "--as-of", day);
        assertTrue(english.out().contains("; as of " + day + ": " + en + "\n"), english.out());
        MainTest.Run chinese = run("claim", file.toString(), "--as-of", day);
        assertTrue(chinese.out().contains("；截至 " + day + "：" + zh + "\n"), chinese.out());
    }

    @Test
    void aMonthThatOwesNothingSaysSoInOneLine(@TempDir Path dir) throws IOException {
        // 4 minutes on a lone instance: 99.990741% meets 99.975%; no multi-AZ (one zone). Nothing is owed.
        String month = """
                {"product": "cvm", "site": "cn", "month": "2024-04", "currency": "CNY", "resources": [
                  {"id": "ins-1", "fee": "1000.00",
                   "incidents": [{"start": "2024-04-05T10:02:00+08:00", "end": "2024-04-05T10:06:00+08:00", "exclusion": null}]}]}
                """;
        Path file = month(dir, month);
        MainTest.Run en = run("claim", file.toString(), "--lang", "en", "--as-of", "2024-05-20");
        assertEquals(0, en.code(), en.err());
        assertEquals("cvm 2024-04: no credit is owed for the 1 resource(s); there is nothing to claim.\n", en.out());
        MainTest.Run zh = run("claim", file.toString(), "--as-of", "2024-05-20");
        assertEquals(0, zh.code(), zh.err());
        assertEquals("cvm 2024-04：1 个资源均无赔偿，无需提出赔偿申请。\n", zh.out());
    }

    @Test
    void outGoesThroughAtomicOutput(@TempDir Path dir) throws IOException {
        Path file = month(dir, MONTH);
        Path drafts = dir.resolve("drafts.txt");
        MainTest.Run r = run("claim", file.toString(), "--as-of", "2024-05-20", "--out", drafts.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(run("claim", file.toString(), "--as-of", "2024-05-20").out(), Files.readString(drafts, StandardCharsets.UTF_8));
        // A failed run leaves the previous drafts whole; an output that is the input is refused.
        Files.writeString(dir.resolve("broken.json"), "{");
        MainTest.Run broken = run("claim", dir.resolve("broken.json").toString(), "--as-of", "2024-05-20", "--out", drafts.toString());
        assertEquals(Main.BAD_INPUT, broken.code());
        assertEquals(run("claim", file.toString(), "--as-of", "2024-05-20").out(), Files.readString(drafts, StandardCharsets.UTF_8));
        MainTest.Run self = run("claim", file.toString(), "--as-of", "2024-05-20", "--out", file.toString());
        assertEquals(Main.BAD_INPUT, self.code(), self.err());
        assertEquals(MONTH, Files.readString(file));
    }

    @Test
    void badInputIsNamed(@TempDir Path dir) throws IOException {
        Path file = month(dir, MONTH);
        MainTest.Run date = run("claim", file.toString(), "--as-of", "2024-13-01");
        assertEquals(Main.BAD_INPUT, date.code());
        assertEquals("slakit: --as-of: \"2024-13-01\" is not a date like \"2024-04-01\"\n", date.err());
        Path csv = dir.resolve("resources.csv");
        Files.writeString(csv, "id,fee\n");
        MainTest.Run table = run("claim", csv.toString(), "--as-of", "2024-05-20");
        assertEquals(Main.BAD_INPUT, table.code());
        assertTrue(table.err().startsWith("slakit: FILE: \"" + csv + "\" is CSV; claim reads a JSON or JSON Lines month file"), table.err());
        MainTest.Run lang = run("claim", file.toString(), "--lang", "fr");
        assertEquals(Main.BAD_INPUT, lang.code());
    }
}
