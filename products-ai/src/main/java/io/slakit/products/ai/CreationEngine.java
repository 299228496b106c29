package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * 大模型图像创作引擎服务等级协议 (seed 002 line 32743) and 腾讯云大模型视频创作引擎服务等级协议 (line 33615): the
 * same text for the image and the video creation engine, each on its own lines.
 */
final class CreationEngine {
    private CreationEngine() {
    }

    static SlaDefinition image() {
        return define("image-creation-engine", "大模型图像创作引擎", "Hunyuan image creation engine", 32743, "大模型图像创作引擎服务等级协议",
                "2024-03-13T11:21:41", 0, 33100);
    }

    static SlaDefinition video() {
        return define("video-creation-engine", "大模型视频创作引擎", "Hunyuan video creation engine", 33615, "腾讯云大模型视频创作引擎服务等级协议",
                "2024-04-30T16:34:42", 1, 33476);
    }

    /**
     * @param text 0 for the image text, 1 for the video text (their lines differ by more than the title offset)
     */
    private static SlaDefinition define(String id, String zh, String en, int title, String titleText, String updated, int text, int termsLine) {
        // Lines of the image text and the video text, in pairs.
        int failed = pick(text, 32770, 33642);
        int valid = pick(text, 32778, 33650);
        int formula = pick(text, 32794, 33666);
        return Sla.define(id, Site.CN, Family.AI)
                .names(zh, en)
                .source(Seeds.CN, title, titleText)
                .updated(updated)
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(AiTerms.meanFiveMinuteErrorRate())
                        .commitment("99.5", pick(text, 32821, 33670))
                        .tiers(pick(text, 32885, 33757),
                                tier("[99.0, 99.5)", "10"),
                                tier("[95.0, 99.0)", "25"),
                                tier("[0, 95.0)", "50")))
                .claim(5, 60, pick(text, 32833, 33705))
                .liabilityCapOverMonths(12, pick(text, 32871, 33743))
                .exclusion("1.3(1)", Clause.of("qps-over-limit", "Requests failed with 内部错误 because an inappropriate access pattern exceeded the service's QPS"),
                        pick(text, 32772, 33644))
                .exclusion("1.3(2)", Clause.of("service-initiated-upgrade",
                        "Errors or unavailability from reasonable upgrades, changes or shutdowns the service initiates"), pick(text, 32776, 33648))
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("Routine maintenance, upgrades, changes or shutdowns of the service notified in advance"),
                        pick(text, 32847, 33719))
                .exclusion("4.2", AiTerms.DEPENDENCY_FAILURE, pick(text, 32849, 33721))
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, pick(text, 32851, 33723))
                .exclusion("4.4", AiTerms.APP_INTERFACE_OR_DATA_ATTACKED, pick(text, 32853, 33725))
                .exclusion("4.5", Clauses.THIRD_PARTY_NETWORK, pick(text, 32855, 33727))
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, pick(text, 32857, 33729))
                .exclusion("4.7", AiTerms.NEGLIGENCE_OR_OWN_EQUIPMENT, pick(text, 32859, 33731))
                .exclusion("4.8", AiTerms.OVER_CAPACITY.worded("Push delays or drops from use beyond the capacity rated for the paid version"),
                        pick(text, 32861, 33733))
                .exclusion("4.9", AiTerms.NOT_TENCENT, pick(text, 32863, 33735))
                .exclusion("4.10", AiTerms.FREE_PERIOD, pick(text, 32865, 33737))
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, pick(text, 32867, 33739))
                .note(AiTerms.failedRequests(failed, "requests returning the error code \"内部错误\" (internal error); 1.3(1) and 1.3(2) take out "
                        + "over-QPS failures from an inappropriate access pattern and failures from service-initiated upgrades."))
                .note("Valid requests (1.4, " + valid + "): requests the server receives, except unactivated or unauthorised services, failed authentication, "
                        + "arrears, wrong keys, and requests sent by an attacked application of the customer: leave these out of each window's total.")
                .note(AiTerms.EMPTY_WINDOWS)
                .note("The formula (2.1, " + formula + ") omits \"x 100%\": read as a percentage like every sibling text.")
                .note(AiTerms.serviceMonths17("1.2, " + pick(text, 32764, 33636)))
                .note("Monthly fee (1.6): what was paid in the calendar month, a multi-month payment split evenly; the credit is capped at that month's fee "
                        + "without vouchers, coupons or waivers (3.1(2)).")
                .note("4.8 speaks of push delays or drops, wording from a messaging template; it is kept as the text's over-capacity clause.")
                .note(MinuteFamily.FREE_BETA_TERMS + " (服务条款 3.1, " + termsLine + "); clause 4.10 already removes free-period unavailability.")
                .note("Liability cap (5.1): the fees paid for the service concerned in the past 12 months.")
                .build();
    }

    private static int pick(int text, int image, int video) {
        return text == 0 ? image : video;
    }
}
