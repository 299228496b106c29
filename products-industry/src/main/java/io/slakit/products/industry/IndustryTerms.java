package io.slakit.products.industry;

import io.slakit.core.dsl.Clause;

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
}
