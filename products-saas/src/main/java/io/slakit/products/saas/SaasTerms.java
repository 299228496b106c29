package io.slakit.products.saas;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;

/** Clauses the TAPD and LeXiang texts state word for word (each text cites its own lines). */
final class SaasTerms {
    private SaasTerms() {
    }

    /** 4.1 您维护不当或保密不当致使数据、口令、密码等丢失或泄漏所引起的. */
    static final Clause CREDENTIALS = Clauses.CUSTOMER_CREDENTIALS;
    /** 4.2 由于您的疏忽授权、错误操作、自有设备或第三方软件、设备引起的. */
    static final Clause NEGLIGENT_AUTHORISATION = Clauses.CUSTOMER_OPERATION.worded(
            "The customer's negligent authorisation or wrong operation, own equipment, or third-party software or equipment");
    /** 4.3 您未遵循...产品使用文档或使用建议引起的. */
    static final Clause IGNORED_DOCS = Clauses.CUSTOMER_IGNORED_DOCS;
    /** 4.4 使用超过当前付费版本标定的服务能力上限而引起的. */
    static final Clause CAPACITY_EXCEEDED = Clause.of("capacity-exceeded", "Use beyond the service capacity rated for the paid version");
    /** 4.5 ...公告提前告知用户由于重大活动或促销等引起的. */
    static final Clause ANNOUNCED_EVENT = Clause.of("announced-event",
            "Major events or promotions the product announced to users in advance");
    /** 4.6 ...预先通知用户后进行系统维护所引起的，包括割接、维修、升级和模拟故障演练等. */
    static final Clause MAINTENANCE = Clauses.ANNOUNCED_MAINTENANCE;
    /** 4.7 所述的腾讯云可以免责、免除赔偿责任等的情况 (the clause's beginning is missing from the text). */
    static final Clause TRUNCATED_EXEMPTION = Clause.of("stated-exemption",
            "Cases in which Tencent Cloud is exempt as stated elsewhere (the clause's opening words are missing from the text)");
    /** 4.8 非腾讯云原因造成的服务不可用或服务不达标的情况. */
    static final Clause NOT_TENCENT = Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed standards not caused by Tencent Cloud");
    /** 4.9 属于相关法律法规...免除赔偿责任等的情况. */
    static final Clause LEGAL = Clauses.LEGAL_EXEMPTION;

    static final String TRUNCATED_NOTE = "4.7 reads only \"所述的腾讯云可以免责、免除赔偿责任等的情况\": its opening words are missing. Reading "
            + "chosen: a separate clause (code stated-exemption) for exemptions stated elsewhere, applied only to time a report attributes to it; "
            + "4.9 covers the laws, agreements and published rules.";
    static final String MINUTE_SAMPLES_NOTE = "Give one window sample per minute (aligned to the minute, Beijing time) with the requests of all the "
            + "organisation's accounts to the main functions and those answered with HTTP 500; a minute counts when its error rate is above 5% "
            + "(exactly 5% does not count). Minutes without a sample count as available.";
    static final String ANNUAL_FEE_NOTE = "The service is billed yearly; the monthly fee is the annual fee / 12 (give that as the resource's fee), "
            + "excluding voucher, coupon or fee-waiver deductions. Months are anniversary months: give the activation day as the service start.";
}
