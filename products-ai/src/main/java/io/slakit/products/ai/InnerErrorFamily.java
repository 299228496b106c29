package io.slakit.products.ai;

import io.slakit.core.dsl.MetricSpec;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** FaceFusion, FT and FMU: the same 2023 text word for word, with error code "Inner Error". */
final class InnerErrorFamily {
    static final String VALID_REQUESTS = "Valid requests (1.4): requests the server receives, except unactivated or unauthorised services, failed authentication, "
            + "arrears, wrong keys, and requests sent by an attacked application of the customer: leave these out of each window's total";
    static final String FEE = "Monthly fee: what was paid for the service in the calendar month, a multi-month payment split evenly over the months bought; "
            + "the credit is capped at that month's fee, meaning the cash actually paid, without vouchers, coupons or waivers";
    static final String FREE_BETA = "The service terms say the free public-beta version carries no QPS or availability promise during its free period: "
            + "such use has no credit; this is stated outside the SLA's numbered exclusions, so it is a note, not a coded clause";
    static final String LIABILITY = "Liability cap: total compensation never exceeds the fees paid for the service; after more than 12 months of use, the cash paid "
            + "in the 12 months before the damage (no vouchers, no prepaid-but-unconsumed fees). Declared as the 12-month liability cap, applied when "
            + "several months are evaluated together; the monthly voucher stays capped at the month's fee";

    private InnerErrorFamily() {
    }

    /** 2.2 / 3.1: at least 99.9 %; [95, 99.9) 10 %, [90, 95) 25 %, below 90 % 100 %. */
    static MetricSpec availability(int commitmentLine, int tierLine) {
        return metric("availability", "服务可用性")
                .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                .commitment("99.9", commitmentLine)
                .tiers(tierLine,
                        tier("[95, 99.9)", "10"),
                        tier("[90, 95)", "25"),
                        tier("[0, 90)", "100"));
    }
}
