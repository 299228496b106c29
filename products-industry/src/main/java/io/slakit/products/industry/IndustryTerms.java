package io.slakit.products.industry;

import io.slakit.api.CreditTier;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.CompositeMinutes;
import io.slakit.core.rules.Rules;

import static io.slakit.core.rules.Credits.tier;
import static io.slakit.core.rules.Signals.all;
import static io.slakit.core.rules.Signals.signal;

/**
 * Exclusion wordings the industry family's texts share word for word (免责条款); each definition cites
 * its own clause numbers and lines.
 */
final class IndustryTerms {
    private IndustryTerms() {
    }

    /** 您的应用接口或数据受到攻击或其他不当行为引起的. */
    static final Clause INTERFACES_ATTACKED = Clause.of("customer-app-attacked",
            "The customer's application interfaces or data are attacked or otherwise misused");
    /** 您的应用接口或数据受到攻击、第三方供应商疏忽或其他不当行为引起的 (IoT texts). */
    static final Clause INTERFACES_ATTACKED_OR_SUPPLIER = Clause.of("customer-app-attacked",
            "The customer's application interfaces or data are attacked, or a third-party supplier's negligence or other misconduct");
    /** 由于您的疏忽授权、错误操作、自有设备或第三方软件、设备引起的. */
    static final Clause NEGLIGENT_AUTHORISATION = Clause.of("customer-operation",
            "The customer's negligent authorisation, wrong operations, own devices or third-party software or devices");
    /** 使用超过当前付费版本标定的服务能力上限而导致的推送延时或丢弃. */
    static final Clause CAPACITY_PUSH = Clause.of("capacity-exceeded",
            "Push delays or drops from use beyond the capacity of the paid version");
    /** 使用超过当前版本标定的服务能力上限而导致的. */
    static final Clause CAPACITY_CURRENT_VERSION = Clause.of("capacity-exceeded",
            "Use beyond the capacity of the current version");
    /** 设备本地网络故障引起的. */
    static final Clause DEVICE_LOCAL_NETWORK = Clause.of("device-local-network", "The device's local network failed");
    /** 设备上报消息太频繁触发限流引起的，如单个设备的 QPS 超过上限而丢弃的消息. */
    static final Clause DEVICE_RATE_LIMITED = Clause.of("device-rate-limited",
            "Messages dropped by rate limiting when devices report too often (a device's QPS over its limit)");
    /** 设备的消息格式非法，平台无法解析的. */
    static final Clause MALFORMED_MESSAGE = Clause.of("malformed-message",
            "Device messages in an invalid format the platform cannot parse");
    /** 设备或应用错误的调用平台的鉴权接口，导致鉴权失败的. */
    static final Clause AUTH_MISUSE = Clause.of("auth-misuse",
            "Devices or applications call the platform's authentication interfaces wrongly and authentication fails");
    /** 您自己开发、维护的服务异常导致设备消息未正常处理的情况. */
    static final Clause CUSTOMER_SERVICE_FAULT = Clause.of("customer-service-fault",
            "Device messages not processed because services the customer develops or maintains failed");

    /** 因如下情形导致的服务异常而引起的不可用: 基础电信资源的变动; 政府主管部门、运营商的管控行为; 公共网络的阻塞...; 其他非腾讯云过错... (imaging 5.8 (1)-(4)). */
    static final Clause TELECOM_AND_AUTHORITIES = Clause.of("telecom-or-authorities",
            "Service abnormality from changes to basic telecom or power resources, control measures by authorities or carriers, "
                    + "congestion or hacking of public networks, or other circumstances outside Tencent Cloud's fault, control or foresight");

    /**
     * 服务月度内不可用分钟数 of the seven medical texts whose minute needs both failures (medical content, imaging, triage,
     * pre-consultation, AI clinical assistant, MCM, FDA): "只有在您连续调用服务接口失败，且一分钟内控制台功能连续不可用情况下，该分钟才计入
     * ...；如果...全部或部分成功时或...连续可用或部分时间可用时，则视为该分钟内的本服务均是可用的". Incidents on signal {@code api} (calls
     * fail) and {@code console} (the console, or the text's platform / product functions, unavailable); only time when both are down
     * counts, and a stretch of it shorter than a minute counts nothing (partial minutes dropped).
     */
    static CompositeMinutes apiAndConsoleMinutes() {
        return Rules.compositeMinutes(all(signal("api"), signal("console"))).roundingDown();
    }

    /** The reading of the composite minute, for each text's notes; {@code console} is the text's own word for the second signal. */
    static String compositeReading(String console, int firstLine, int lastLine) {
        return "服务月度内不可用分钟数 (" + firstLine + "-" + lastLine + "): a minute counts only when the service API calls failed "
                + "throughout it AND the " + console + " was unavailable throughout it. Give the provider's outages as incidents on signal "
                + "\"api\" (calls failing) and \"console\" (" + console + " unavailable); only the time both are down counts, and since a "
                + "minute with any success or any available time is available, a stretch of joint outage counts its whole minutes only "
                + "(partial minutes dropped). Incidents given on whole Beijing-time minutes give the text's count exactly.";
    }

    /** 服务月度: calendar months of the term, the first cut at the opening day and the last at the term's end. */
    static String cutMonths(int firstLine, int lastLine) {
        return "服务月度 (" + firstLine + "-" + lastLine + "): service months are the calendar months of the purchased term, the first "
                + "cut at the opening day (Mar 17-31) and the last at the term's end (Jun 1-16); give activeFrom/activeUntil for those months.";
    }

    /** 99.9% > Av ≥ 99.0% 10%, 99.0% > Av ≥ 98.0% 20%, 98.0% > Av ≥ 90.0% 50%, 90.0% > Av 100% (content, triage, pre-consultation, AI clinical). */
    static CreditTier[] fourTiers() {
        return new CreditTier[] {
                tier("[99, 99.9)", "10"),
                tier("[98, 99)", "20"),
                tier("[90, 98)", "50"),
                tier("[0, 90)", "100")};
    }

    /**
     * The nine clauses 4.1-4.9 medical content, smart triage, smart pre-consultation and the AI clinical assistant share word for
     * word (clause n on line {@code first + 2 (n - 1)}).
     */
    static SlaBuilder nineClinicalClauses(SlaBuilder b, int first) {
        return b.exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, first)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, first + 2)
                .exclusion("4.3", INTERFACES_ATTACKED, first + 4)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, first + 6)
                .exclusion("4.5", NEGLIGENT_AUTHORISATION, first + 8)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, first + 10)
                .exclusion("4.7", CAPACITY_PUSH, first + 12)
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, first + 14)
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, first + 16);
    }

    /** 赔偿总额不超过...月度服务费 and 违约赔偿总额不超过...服务费总额, for the notes. */
    static String voucherCapAndLiability(int capLine, String liabilityClause, int liabilityLine) {
        return "3 (" + capLine + "): the voucher is for this service only and capped at the month's fee paid for it (excluding voucher, "
                + "coupon or fee-waiver deductions). " + liabilityClause + " (" + liabilityLine + "): liability is at most the fees paid "
                + "for the service in breach.";
    }
}
