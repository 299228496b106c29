package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/**
 * The four content-security SLAs (图片/文本/音频/视频内容安全服务等级协议, IMS, TMS, AMS, VM), seed 002 lines 34908,
 * 35092, 35274 and 35455: the same text word for word but for the medium's name, each cited at its own lines.
 */
final class ContentSecurity {
    private ContentSecurity() {
    }

    /** Where each text states what: the lines differ, the words do not. */
    private record Lines(int title, int effective, int promise, int total, int faultEvent, int commitment, int maintenance,
                         int customerCause, int cap, int claim, int trial, int[] clauses, int liability, int table) {
    }

    static SlaDefinition ims() {
        return define("ims", "图片内容安全", "Image Moderation System", "图片内容安全服务等级协议",
                new Lines(34908, 34911, 34939, 34943, 34949, 34959, 34975, 34977, 34986, 34996, 35002,
                        new int[] {35008, 35010, 35012, 35014, 35016, 35018, 35020, 35026, 35036, 35038, 35040, 35042, 35044},
                        35050, 35058));
    }

    static SlaDefinition tms() {
        return define("tms", "文本内容安全", "Text Moderation System", "文本内容安全服务等级协议",
                new Lines(35092, 35095, 35123, 35127, 35133, 35143, 35163, 35165, 35153, 35180, 35186,
                        new int[] {35192, 35194, 35196, 35198, 35200, 35202, 35204, 35210, 35220, 35222, 35224, 35226, 35228},
                        35234, 35248));
    }

    static SlaDefinition ams() {
        return define("ams", "音频内容安全", "Audio Moderation System", "音频内容安全服务等级协议",
                new Lines(35274, 35277, 35305, 35309, 35315, 35325, 35345, 35347, 35335, 35363, 35369,
                        new int[] {35375, 35377, 35379, 35381, 35383, 35385, 35387, 35393, 35403, 35405, 35407, 35409, 35411},
                        35417, 35431));
    }

    static SlaDefinition vm() {
        return define("vm", "视频内容安全", "Video Moderation System", "视频内容安全服务等级协议",
                new Lines(35455, 35458, 35486, 35490, 35496, 35506, 35526, 35528, 35516, 35541, 35547,
                        new int[] {35553, 35555, 35557, 35559, 35561, 35563, 35565, 35571, 35581, 35583, 35585, 35587, 35589},
                        35595, 35609));
    }

    private static SlaDefinition define(String id, String zh, String en, String title, Lines l) {
        int[] c = l.clauses();
        SlaBuilder b = Sla.define(id, Site.CN, Family.SECURITY)
                .names(zh, en)
                .source(Seeds.CN, l.title(), title)
                .updated("2025-06-24T17:36:11")
                .effective("2025-06-30", l.effective())
                .metric(metric("availability", "服务可用性")
                        .measuredBy(ValidRequestMinutes.failureRateAbove("0.01"))
                        .commitment("99.9", l.commitment())
                        .tiers(l.table(),
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, l.claim())
                // 6.1's second line (35052, 35236, 35419, 35597) holds the 12 months.
                .liabilityCapOverMonths(12, l.liability() + 2)
                .exclusion("2.1(5)", "daily-system-maintenance", "Daily system maintenance time is not counted as unavailable", l.maintenance())
                .exclusion("2.1(5)", "customer-third-party-or-force-majeure", "Unavailability caused by the customer, a third party "
                        + "or force majeure is not counted", l.customerCause())
                .exclusion("4", TRIAL_OR_FREE_USE, l.trial());
        return fiveOneToThirteen(b, c)
                .note("Measurement (2.1, " + l.total() + "-" + (l.faultEvent() + 8) + "): a minute whose failure rate (failed / valid "
                        + "requests) is above 0.01% is unavailable; the total is the minutes in which the server received valid "
                        + "requests, so give one-minute samples (requests, failed) for every minute with requests. Minutes without "
                        + "requests are left out of the total, not counted as available.")
                .note("Reading of the fault event (2.1(5), " + l.faultEvent() + "): \"服务连续1分钟以上不可用的，计为一次故障事件\" is read "
                        + "with 以上 inclusive: a single bad minute is a fault event of 1 minute, and the unavailable minutes are all "
                        + "the bad minutes.")
                .note("Failed requests (2.1(7)-(8)): normal requests that did not reach the server because of a system failure; valid "
                        + "requests are those the server received. Reading: give each minute's sample as (all requests, failed "
                        + "requests), the failed ones among them.")
                .note("The text gives no worked example of its own.")
                .note("The promise is stated twice (2.1, " + l.promise() + "; 2.2, " + l.commitment() + "), both 99.9%.")
                .note("2.1(5) removes daily system maintenance and time caused by the customer, third parties or force majeure: "
                        + "codes daily-system-maintenance and customer-third-party-or-force-majeure.")
                .note("Free, free-quota and beta/test use is outside the SLA (4, " + l.trial() + "): code trial-or-free-use.")
                .note("3.1(1): the voucher is the full and sole compensation for missed availability; claims go only through the "
                        + "ticket system of the account that used the service and missed the level, and Tencent Cloud reasonably "
                        + "evaluates them.")
                .note("Cap (3.1(2), " + l.cap() + "): at most the month's fee for the service.")
                .note(SERVICE_MONTH_17)
                .note("Liability (6.1, " + l.liability() + "): at most the fees paid for the service concerned; after more than 12 "
                        + "months of use, at most the fees paid for it in the past 12 months when the damage occurred. Declared as the "
                        + "12-month liability cap (line " + (l.liability() + 2) + "), applied when several months are evaluated together.")
                .build();
    }
}
