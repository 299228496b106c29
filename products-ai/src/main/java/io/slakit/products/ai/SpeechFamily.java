package io.slakit.products.ai;

import io.slakit.core.dsl.MetricSpec;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** TTS, ASR and custom-voice: minutes in which every API or SDK request returned an internal error; 99.9 %, 10 / 20 / 50 % of the month's fee. */
final class SpeechFamily {
    static final String NON_INTERNAL = "Errors from network failures, invalid parameters or URLs, or a wrong input audio format are not internal errors.";
    static final String CLAIM_MATERIALS = "A claim gives the AppID and UIN and the unavailable periods to the minute";

    private SpeechFamily() {
    }

    /** 2.2 / 3.1: at least 99.9 %; [99, 99.9) 10 %, [95, 99) 20 %, below 95 % 50 %. */
    static MetricSpec availability(int commitmentLine, int tierLine) {
        return metric("availability", "服务可用性")
                .measuredBy(AiTerms.everyRequestFailedInMinute())
                .commitment("99.9", commitmentLine)
                .tiers(tierLine,
                        tier("[99, 99.9)", "10"),
                        tier("[95, 99)", "20"),
                        tier("[0, 95)", "50"));
    }
}
