package io.slakit.core.dsl;

/**
 * The exclusion clauses most texts share (免责条款), each with its stable code and the summary the
 * texts' usual wording earns. Cite one with {@code .exclusion("4.12", Clauses.FORCE_MAJEURE, 11177)};
 * reword it with {@link Clause#worded(String)} where a text says more or less.
 */
public final class Clauses {
    private Clauses() {
    }

    /** 因腾讯云预先通知的系统维护所引起的（割接、维修、升级和模拟故障演练）. */
    public static final Clause ANNOUNCED_MAINTENANCE = Clause.of("announced-maintenance",
            "System maintenance notified in advance (cutover, repair, upgrade, failure drills)");
    /** 任何腾讯云所属设备以外的网络、设备故障或配置调整引起的. */
    public static final Clause THIRD_PARTY_NETWORK = Clause.of("third-party-network",
            "Network or equipment failure or configuration change outside Tencent Cloud's equipment");
    /** 客户的应用程序或数据信息受到黑客攻击而引起的. */
    public static final Clause CUSTOMER_APP_ATTACKED = Clause.of("customer-app-attacked",
            "The customer's application is attacked by hackers");
    /** 客户维护不当或保密不当致使数据、口令、密码等丢失或泄漏所引起的. */
    public static final Clause CUSTOMER_CREDENTIALS = Clause.of("customer-credentials",
            "Data, passwords or keys lost or leaked through the customer's maintenance or confidentiality");
    /** 客户的疏忽或由客户授权的操作所引起的. */
    public static final Clause CUSTOMER_OPERATION = Clause.of("customer-operation",
            "The customer's negligence or operations the customer authorised");
    /** 客户未遵循腾讯云产品使用文档或使用建议引起的. */
    public static final Clause CUSTOMER_IGNORED_DOCS = Clause.of("customer-ignored-docs",
            "The customer did not follow the product documentation or advice");
    /** 非腾讯云原因造成的不可用. */
    public static final Clause NOT_TENCENT_CAUSE = Clause.of("not-tencent-cause",
            "Unavailability not caused by Tencent Cloud");
    /** 不可抗力以及意外事件引起的. */
    public static final Clause FORCE_MAJEURE = Clause.of("force-majeure", "Force majeure and accidents");
    /** 根据相关法律法规、协议、规则或腾讯云单独发布的相关规则、说明等而免责的情况. */
    public static final Clause LEGAL_EXEMPTION = Clause.of("legal-exemption",
            "Exemptions under laws, agreements or rules Tencent Cloud publishes");
    /** 客户自行安装的软件或第三方软件或配置. */
    public static final Clause THIRD_PARTY_SOFTWARE = Clause.of("third-party-software",
            "Software the customer installed or third-party software or configuration");
    /** 因客户违反协议被暂停或终止服务（包括欠费）. */
    public static final Clause AGREEMENT_BREACH_SUSPENSION = Clause.of("agreement-breach-suspension",
            "Suspension or termination for breach of the service agreement or arrears");
    /** 客户未按约定购买或支付费用而暂停或终止服务. */
    public static final Clause NON_PAYMENT_SUSPENSION = Clause.of("non-payment-suspension",
            "Suspension or termination because the customer did not buy or pay as agreed");
    /** 服务协议所述的正常维护与升级导致的短暂中断. */
    public static final Clause ROUTINE_MAINTENANCE = Clause.of("routine-maintenance",
            "Routine maintenance as described in the Tencent Cloud service agreement");
    /** 客户自身的故障（网络、应用）. */
    public static final Clause CUSTOMER_FAULT = Clause.of("customer-fault", "The customer's own network or application failed");
    /** 违法违规内容（涉黄、赌、毒、诈骗等）. */
    public static final Clause CONTENT_VIOLATION = Clause.of("content-violation",
            "Illegal or non-compliant content (pornography, gambling, drugs, fraud...)");
    /** 未提前通知的突发流量. */
    public static final Clause TRAFFIC_SURGE_UNANNOUNCED = Clause.of("traffic-surge-unannounced",
            "A large traffic surge without prior written notice");
    /** 免费、试用或公测期间的使用. */
    public static final Clause TRIAL_OR_FREE_USE = Clause.of("trial-or-free-use",
            "Use during a free trial, free tier or public beta");
}
