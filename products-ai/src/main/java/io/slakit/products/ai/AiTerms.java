package io.slakit.products.ai;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.MeanWindowErrorRate;
import io.slakit.core.rules.Rules;
import io.slakit.core.rules.WindowedRate;

import java.time.Duration;

/**
 * What the AI SLAs share: their two measurement rules (the mean of 5-minute error rates, and the
 * minute in which every request returned an internal error), the service-month wording, and the
 * exclusion lists several texts repeat word for word.
 */
final class AiTerms {
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    static final String SERVICE_MONTH_17 = serviceMonths17(null);

    static final String EMPTY_WINDOWS = "The number of 5-minute windows is 12 x 24 x the days of the service month (8,640 in 30 days, 8,928 in 31); "
            + "a window without requests adds an error rate of 0 and still counts. Give each window's valid requests and its failed requests.";

    static final String EMPTY_MINUTES = "A minute with no request, or with any request not returning an internal error, is available; "
            + "give each minute's requests and how many returned an internal error.";

    static final String CUSTOMER_OBLIGATIONS = customerObligations(null);

    /** "腾讯云预先通知您后进行本服务日常的系统维护升级、变更、停机而导致的错误请求或不可用" (FaceFusion, FT, FMU, image-creation). */
    static final Clause NOTIFIED_UPGRADE = Clauses.ANNOUNCED_MAINTENANCE.worded(
            "Routine maintenance, upgrades, changes or shutdowns of the service notified in advance, and the failed requests they cause");
    /** "本服务所依赖的外部对象、网络或设备维护、故障或配置调整导致的不可用". */
    static final Clause DEPENDENCY_FAILURE = Clause.of("dependency-failure",
            "Maintenance, failure or configuration change of the external objects, networks or equipment the service depends on");
    /** "您的应用程序或应用接口受到攻击或其他不当行为而导致的错误请求或不可用". */
    static final Clause APP_ATTACKED_OR_MISUSED = Clauses.CUSTOMER_APP_ATTACKED.worded(
            "The customer's application or interface is attacked or misused, and the failed requests this causes");
    /** "您的应用接口或数据受到攻击或其他不当行为引起的". */
    static final Clause INTERFACE_OR_DATA_ATTACKED = Clauses.CUSTOMER_APP_ATTACKED.worded(
            "The customer's application interface or data is attacked or misused");
    /** "由于您的疏忽授权、错误操作、自有设备或第三方软件、设备引起的". */
    static final Clause NEGLIGENCE_OR_OWN_EQUIPMENT = Clauses.CUSTOMER_OPERATION.worded(
            "The customer's negligent authorisation, wrong operation, own equipment, or third-party software or equipment");
    /** "使用超过当前版本标定的服务能力上限而导致的". */
    static final Clause OVER_CAPACITY = Clause.of("over-capacity", "Use beyond the service capacity rated for the current version");
    /** "非腾讯云原因造成的服务不可用或服务不达标的情况". */
    static final Clause NOT_TENCENT = Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud");
    /** "其他非腾讯云原因造成的服务不可用的情况". */
    static final Clause OTHER_NOT_TENCENT = Clauses.NOT_TENCENT_CAUSE.worded("Other unavailability not caused by Tencent Cloud");
    /** "公测、内测、邀请测试方式或免费、在免费额度内使用本服务 ... 本 SLA 的可用性标准和赔偿标准不适用". */
    static final Clause BETA_OR_FREE = Clauses.TRIAL_OR_FREE_USE.worded(
            "Public, internal or invited beta, free use or use within a free quota: the SLA's standard and credits do not apply");
    /** "本服务在免费提供期间出现服务不可用的". */
    static final Clause FREE_PERIOD = Clauses.TRIAL_OR_FREE_USE.worded("Unavailability while the service is provided free of charge");

    /** "因如下情形导致的服务异常而引起的不可用：（1）基础电信资源的变动 ...（4）其他非腾讯云过错所导致的". */
    static final Clause TELECOM_OR_REGULATOR = Clause.of("telecom-or-regulator", "Changes of basic telecom resources, regulator or carrier controls, "
            + "public network congestion or hacking, other causes beyond Tencent Cloud's control");

    private AiTerms() {
    }

    /** The texts' service-month example, with where the text states it ({@code null}: not cited). */
    static String serviceMonths17(String where) {
        return "Service months" + (where == null ? "" : " (" + where + ")") + " are the calendar months of the service period, the first and last "
                + "partial: opened on Mar 17 and stopped on Jun 16 gives Mar 17-31, Apr, May and Jun 1-16. Give activeFrom/activeUntil for a partial month.";
    }

    /** The customer-obligations section, with where the text states it ({@code null}: not cited). */
    static String customerObligations(String where) {
        return "Customer obligations (客户义务" + (where == null ? "" : ", " + where) + "): Tencent Cloud may suspend or terminate the service without "
                + "liability when the customer breaks laws or policies; that is a suspension, not a clause removing time from the availability count, "
                + "so it is not coded.";
    }

    /** 1 - sum of the month's 5-minute error rates / 12 x 24 x days; empty windows add 0 and still count. */
    static MeanWindowErrorRate meanFiveMinuteErrorRate() {
        return Rules.meanWindowErrorRate(FIVE_MINUTES);
    }

    /** A minute is unavailable only when every request in it returned an internal error; a minute without requests is available. */
    static WindowedRate everyRequestFailedInMinute() {
        return Rules.everyAttemptFailed(ONE_MINUTE);
    }

    /** A note on what the text counts as a failed request (input semantics: the customer counts these). */
    static String failedRequests(int line, String definition) {
        return "Failed requests (" + line + "): " + definition + " Only these count as failed in the window counts given.";
    }

    /**
     * FaceFusion, FT and FMU, 免责条款 4.1 to 4.8, word for word.
     *
     * @param lines the lines of 4.1 to 4.8, in order
     */
    static SlaBuilder innerErrorClauses(SlaBuilder b, int... lines) {
        require(lines, 8, "4.1 to 4.8");
        return b.exclusion("4.1", NOTIFIED_UPGRADE, lines[0])
                .exclusion("4.2", DEPENDENCY_FAILURE, lines[1])
                .exclusion("4.3", Clauses.CUSTOMER_CREDENTIALS, lines[2])
                .exclusion("4.4", APP_ATTACKED_OR_MISUSED, lines[3])
                .exclusion("4.5", Clauses.THIRD_PARTY_NETWORK, lines[4])
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, lines[5])
                .exclusion("4.7", Clauses.LEGAL_EXEMPTION, lines[6])
                .exclusion("4.8", OTHER_NOT_TENCENT, lines[7]);
    }

    /**
     * The speech texts' list (TTS, custom-voice: (1) to (9); ASR: 4.1 to 4.9): maintenance notified in
     * advance, outside networks, interface or data attacked, credentials, negligence or own equipment,
     * documentation ignored, over capacity, not Tencent's cause, legal exemptions.
     *
     * @param numbers the clause numbers, in order
     * @param lines   their lines
     */
    static SlaBuilder speechClauses(SlaBuilder b, String[] numbers, int... lines) {
        require(lines, 9, "the nine speech clauses");
        if (numbers.length != 9) {
            throw new IllegalArgumentException("nine clause numbers needed, got " + numbers.length);
        }
        return b.exclusion(numbers[0], Clauses.ANNOUNCED_MAINTENANCE, lines[0])
                .exclusion(numbers[1], Clauses.THIRD_PARTY_NETWORK, lines[1])
                .exclusion(numbers[2], INTERFACE_OR_DATA_ATTACKED, lines[2])
                .exclusion(numbers[3], Clauses.CUSTOMER_CREDENTIALS, lines[3])
                .exclusion(numbers[4], NEGLIGENCE_OR_OWN_EQUIPMENT, lines[4])
                .exclusion(numbers[5], Clauses.CUSTOMER_IGNORED_DOCS, lines[5])
                .exclusion(numbers[6], OVER_CAPACITY, lines[6])
                .exclusion(numbers[7], NOT_TENCENT, lines[7])
                .exclusion(numbers[8], Clauses.LEGAL_EXEMPTION, lines[8]);
    }

    /** "您的应用程序或应用接口或数据受到攻击或其他不当行为引起的" (NLP, ADP, Hunyuan, the two engines). */
    static final Clause APP_INTERFACE_OR_DATA_ATTACKED = Clauses.CUSTOMER_APP_ATTACKED.worded(
            "The customer's application, interface or data is attacked or misused");

    /**
     * NLP, ADP and Hunyuan, 免责条款 4.1 to 4.10 word for word: the speech list with 4.9 "本服务在免费提供期间出现服务不可用的"
     * before the legal exemptions.
     *
     * @param lines the lines of 4.1 to 4.10, in order
     */
    static SlaBuilder freePeriodClauses(SlaBuilder b, int... lines) {
        require(lines, 10, "4.1 to 4.10");
        return b.exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, lines[0])
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, lines[1])
                .exclusion("4.3", APP_INTERFACE_OR_DATA_ATTACKED, lines[2])
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, lines[3])
                .exclusion("4.5", NEGLIGENCE_OR_OWN_EQUIPMENT, lines[4])
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, lines[5])
                .exclusion("4.7", OVER_CAPACITY, lines[6])
                .exclusion("4.8", NOT_TENCENT, lines[7])
                .exclusion("4.9", FREE_PERIOD, lines[8])
                .exclusion("4.10", Clauses.LEGAL_EXEMPTION, lines[9]);
    }

    /**
     * The 2025 template's 免责条款 5.1 to 5.13 (image understanding, homework correction), word for word but
     * for the agreements 5.10 names.
     *
     * @param breachSummary 5.10's summary (the agreements it names)
     * @param lines         the lines of 5.1 to 5.13, in order
     */
    static SlaBuilder template2025Clauses(SlaBuilder b, String breachSummary, int... lines) {
        require(lines, 13, "5.1 to 5.13");
        return b.exclusion("5.1", Clauses.THIRD_PARTY_NETWORK.worded(
                        "Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment"), lines[0])
                .exclusion("5.2", Clauses.CUSTOMER_APP_ATTACKED, lines[1])
                .exclusion("5.3", Clauses.CUSTOMER_CREDENTIALS, lines[2])
                .exclusion("5.4", Clauses.CUSTOMER_OPERATION, lines[3])
                .exclusion("5.5", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's agreements, the service documentation or advice"), lines[4])
                .exclusion("5.6", Clauses.THIRD_PARTY_SOFTWARE, lines[5])
                .exclusion("5.7", Clauses.FORCE_MAJEURE.worded("Force majeure (natural disasters, government action, unrest, disease, war, strikes...)"), lines[6])
                .exclusion("5.8", TELECOM_OR_REGULATOR, lines[7])
                .exclusion("5.9", Clauses.NON_PAYMENT_SUSPENSION, lines[8])
                .exclusion("5.10", Clauses.AGREEMENT_BREACH_SUSPENSION.worded(breachSummary), lines[9])
                .exclusion("5.11", Clauses.ROUTINE_MAINTENANCE, lines[10])
                .exclusion("5.12", NOT_TENCENT, lines[11])
                .exclusion("5.13", Clauses.LEGAL_EXEMPTION, lines[12]);
    }

    /** "(1)" .. "(n)" under a section number: {@code subclauses("4.1", 9)} gives 4.1(1) .. 4.1(9). */
    static String[] subclauses(String section, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = section + "(" + (i + 1) + ")";
        }
        return out;
    }

    /** "4.1" .. under a section: {@code numbered("4", 1, 9)} gives 4.1 .. 4.9. */
    static String[] numbered(String section, int from, int to) {
        String[] out = new String[to - from + 1];
        for (int i = from; i <= to; i++) {
            out[i - from] = section + "." + i;
        }
        return out;
    }

    private static void require(int[] lines, int n, String what) {
        if (lines.length != n) {
            throw new IllegalArgumentException(what + " need " + n + " lines, got " + lines.length);
        }
    }
}
