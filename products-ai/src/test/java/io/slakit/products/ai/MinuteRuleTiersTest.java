package io.slakit.products.ai;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.slakit.products.ai.AiFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The texts counting a minute as unavailable only when every request in it returned an internal error.
 * September 2025: 43,200 minutes; October 2025: 44,640.
 */
class MinuteRuleTiersTest {
    /** 99.9 / 99 / 95 -> 10 / 20 / 50 (TTS 27921, ASR 28416, custom voice 28867). Sept 43.2 | 432 | 2160; Oct 44.64 | 446.4 | 2232. */
    static final List<Object[]> SPEECH = List.of(
            row("2025-09", 43, "0"), row("2025-09", 44, "10"), row("2025-09", 432, "10"), row("2025-09", 433, "20"),
            row("2025-09", 2160, "20"), row("2025-09", 2161, "50"),
            row("2025-10", 44, "0"), row("2025-10", 45, "10"), row("2025-10", 446, "10"), row("2025-10", 447, "20"),
            row("2025-10", 2232, "20"), row("2025-10", 2233, "50"));

    /** NLP 95 / 93 / 90 -> 10 / 25 / 50 (29440). Sept 2160 | 3024 | 4320; Oct 2232 | 3124.8 | 4464. */
    static final List<Object[]> NLP = List.of(
            row("2025-09", 2160, "0"), row("2025-09", 2161, "10"), row("2025-09", 3024, "10"), row("2025-09", 3025, "25"),
            row("2025-09", 4320, "25"), row("2025-09", 4321, "50"),
            row("2025-10", 2232, "0"), row("2025-10", 2233, "10"), row("2025-10", 3124, "10"), row("2025-10", 3125, "25"),
            row("2025-10", 4464, "25"), row("2025-10", 4465, "50"));

    /** TMT 99.9 / 99 / 95 -> 10 / 25 / 50 (29954, 30015). Sept 43.2 | 432 | 2160; Oct 44.64 | 446.4 | 2232. */
    static final List<Object[]> TMT = List.of(
            row("2025-09", 43, "0"), row("2025-09", 44, "10"), row("2025-09", 432, "10"), row("2025-09", 433, "25"),
            row("2025-09", 2160, "25"), row("2025-09", 2161, "50"),
            row("2025-10", 44, "0"), row("2025-10", 45, "10"), row("2025-10", 446, "10"), row("2025-10", 447, "25"),
            row("2025-10", 2232, "25"), row("2025-10", 2233, "50"));

    /** ADP 99.50 / 95.00 -> 10 / 20 (30491). Sept 216 | 2160; Oct 223.2 | 2232. */
    static final List<Object[]> ADP = List.of(
            row("2025-09", 216, "0"), row("2025-09", 217, "10"), row("2025-09", 2160, "10"), row("2025-09", 2161, "20"),
            row("2025-10", 223, "0"), row("2025-10", 224, "10"), row("2025-10", 2232, "10"), row("2025-10", 2233, "20"));

    /** Media tagging 99.5 / 99 / 95 -> 10 / 20 / 50 (30647). Sept 216 | 432 | 2160; Oct 223.2 | 446.4 | 2232. */
    static final List<Object[]> TAGGING = List.of(
            row("2025-09", 216, "0"), row("2025-09", 217, "10"), row("2025-09", 432, "10"), row("2025-09", 433, "20"),
            row("2025-09", 2160, "20"), row("2025-09", 2161, "50"),
            row("2025-10", 223, "0"), row("2025-10", 224, "10"), row("2025-10", 446, "10"), row("2025-10", 447, "20"),
            row("2025-10", 2232, "20"), row("2025-10", 2233, "50"));

    /** Hunyuan 99.9 / 95.00 -> 10 / 20 (32287). Sept 43.2 | 2160; Oct 44.64 | 2232. */
    static final List<Object[]> HUNYUAN = List.of(
            row("2025-09", 43, "0"), row("2025-09", 44, "10"), row("2025-09", 2160, "10"), row("2025-09", 2161, "20"),
            row("2025-10", 44, "0"), row("2025-10", 45, "10"), row("2025-10", 2232, "10"), row("2025-10", 2233, "20"));

    /** SOE 99.9 / 99.0 / 98.0 -> 10 / 20 / 50 (56532, 56589-56591). Sept 43.2 | 432 | 864; Oct 44.64 | 446.4 | 892.8. */
    static final List<Object[]> SOE = List.of(
            row("2025-09", 43, "0"), row("2025-09", 44, "10"), row("2025-09", 432, "10"), row("2025-09", 433, "20"),
            row("2025-09", 864, "20"), row("2025-09", 865, "50"),
            row("2025-10", 44, "0"), row("2025-10", 45, "10"), row("2025-10", 446, "10"), row("2025-10", 447, "20"),
            row("2025-10", 892, "20"), row("2025-10", 893, "50"));

    static Object[] row(String month, int minutes, String percent) {
        return new Object[] {month, minutes, percent};
    }

    static Stream<Arguments> table(List<Object[]> rows, String... products) {
        return Stream.of(products).flatMap(p -> rows.stream().map(r -> Arguments.of(p, r[0], r[1], r[2])));
    }

    static Stream<Arguments> cases() {
        return Stream.of(table(SPEECH, "tts", "asr", "custom-voice", "tsi"), table(SOE, "soe"), table(NLP, "nlp"), table(TMT, "tmt"), table(ADP, "adp"),
                table(TAGGING, "media-intelligent-tagging"), table(HUNYUAN, "hunyuan")).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} {1}: {2} min -> {3}%")
    @MethodSource("cases")
    void tierEdges(String product, String month, int minutes, String percent) {
        // TMT counts a minute only with at least 100 attempts (29912): give every product 100 failed requests a minute.
        ResourceReport r = evaluate(product, Site.CN, month(month), failedMinutes(month(month), minutes, 100).build());
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("products")
    void aMinuteWithOneSuccessOrNoRequestIsAvailable(String product) {
        // 500 minutes with 9 of 10 requests failed, and no request at all the rest of the month: nothing unavailable.
        ResourceMonth res = windows(month("2025-09"), Duration.ofMinutes(1), 500, 10, 9);
        ResourceReport r = evaluate(product, Site.CN, month("2025-09"), res);
        assertMinutes(metric(r), "0");
        assertTrue(metric(r).met());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clauses")
    void minutesUnderAnExcludedIncidentDoNotCount(String product, String code) {
        // 2161 failed minutes (below 95% in September: a credit everywhere), of which 2140 fall in an incident coded with the clause:
        // 21 count -> 99.95%, met everywhere.
        Instant start = fifth(month("2025-09"));
        ResourceMonth res = failedMinutes(month("2025-09"), 2161, 100).incident(Incident.excluded(start, start.plus(Duration.ofMinutes(2140)), code)).build();
        ResourceReport r = evaluate(product, Site.CN, month("2025-09"), res);
        assertMinutes(metric(r), "21");
        assertCredit(r, "0");
    }

    static Stream<String> products() {
        return Stream.of("tts", "asr", "custom-voice", "nlp", "tmt", "adp", "media-intelligent-tagging", "hunyuan", "tsi", "soe");
    }

    static Stream<Arguments> clauses() {
        return Stream.of(Arguments.of("tts", "announced-maintenance"), Arguments.of("tts", "over-capacity"),
                Arguments.of("asr", "third-party-network"), Arguments.of("asr", "customer-data-legality"),
                Arguments.of("custom-voice", "customer-credentials"), Arguments.of("custom-voice", "legal-exemption"),
                Arguments.of("nlp", "trial-or-free-use"), Arguments.of("nlp", "customer-app-attacked"),
                Arguments.of("tmt", "customer-operation"), Arguments.of("tmt", "over-capacity"),
                Arguments.of("adp", "trial-or-free-use"), Arguments.of("adp", "not-tencent-cause"),
                Arguments.of("media-intelligent-tagging", "dependency-failure"), Arguments.of("media-intelligent-tagging", "customer-content-legality"),
                Arguments.of("hunyuan", "trial-or-free-use"), Arguments.of("hunyuan", "customer-ignored-docs"),
                Arguments.of("tsi", "trial-feature"), Arguments.of("tsi", "announced-event"),
                Arguments.of("soe", "over-capacity"), Arguments.of("soe", "customer-app-attacked"));
    }

    @Test
    void tmtNeedsOneHundredAttemptsInTheMinute() {
        // 1.3 (29912): 44 minutes wholly failed with 99 attempts each count nothing (met); with 100 attempts they count (10%).
        assertCredit(evaluate("tmt", Site.CN, month("2025-09"), failedMinutes(month("2025-09"), 44, 99).build()), "0");
        assertCredit(evaluate("tmt", Site.CN, month("2025-09"), failedMinutes(month("2025-09"), 44, 100).build()), "10");
    }

    @Test
    void asrEvaluatesEveryTouchedMonthWhole() {
        // 1.2 (28282-28286): opened Sep 17, the service month is Sep 1-30 (43,200 minutes), not Sep 17-30.
        // 432 failed minutes: 1 - 432/43200 = 99.0% -> 10%; over 14 days (20,160) it would be 97.86% -> 20%.
        Instant opened = LocalDate.of(2025, 9, 17).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource().activeFrom(opened), opened.plus(Duration.ofDays(1)), Duration.ofMinutes(1), 432, 10, 10).build();
        ResourceReport r = evaluate("asr", Site.CN, month("2025-09"), res);
        assertEquals(0, metric(r).totalMinutes().compareTo(java.math.BigDecimal.valueOf(43200)), metric(r).toString());
        assertCredit(r, "10");
    }

    @Test
    void ttsPartialMonthIsCutAtActivation() {
        // 1.2 (27795-27799): opened Sep 17, the first month is Sep 17-30: 14 days, 20,160 minutes; 432 failed minutes -> 97.86% -> 20%.
        Instant opened = LocalDate.of(2025, 9, 17).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource().activeFrom(opened), opened.plus(Duration.ofDays(1)), Duration.ofMinutes(1), 432, 10, 10).build();
        ResourceReport r = evaluate("tts", Site.CN, month("2025-09"), res);
        assertEquals(0, metric(r).totalMinutes().compareTo(java.math.BigDecimal.valueOf(20160)), metric(r).toString());
        assertCredit(r, "20");
    }
}
