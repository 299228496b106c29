package io.slakit.products.bigdata;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;

/**
 * What several bigdata texts share word for word: the exclusion clauses of the three TCHouse texts
 * (4.1 to 4.15), those of BI and RayData Web (4.1 to 4.9), the calendar service months with the
 * Mar 17 example, and the liability clause 5.1. Each text cites its own lines.
 */
final class BigdataTerms {
    /** 1.2 of most texts: calendar months, the first and last partial. */
    static final String SERVICE_MONTH_17 = "Service months are the calendar months of the purchase, the first and last partial: "
            + "three months bought on Mar 17 give Mar 17-31, April, May and Jun 1-16; availability is accounted per service month. "
            + "Give activeFrom/activeUntil for a partial month: its total minutes are its own days x 24 x 60.";

    /** 5.1 of most texts: the liability cap over all damages, not the monthly credit cap. */
    static final String LIABILITY_FEES_PAID = "Liability (5.1): Tencent Cloud's total liability for breach is at most the service "
            + "fees paid for the service concerned; it bounds total damages and does not change the monthly voucher, which 3.1(2) "
            + "caps at the month's fee.";

    /** 3.1(1)/(2) of every text: vouchers for this service only, the month's cash fee as cap. */
    static final String VOUCHER_TERMS = "Credits are vouchers (3.1(1)) usable only for this service, not cashable, not invoiced, not "
            + "transferable; each missed month is computed separately and the month's credit is at most that month's fee, which "
            + "excludes voucher, coupon and fee-waiver deductions (3.1(2)).";

    /** 由您的疏忽授权、密码丢失、错误操作、自有设备或第三方软件、设备引起的故障 (HBase 4.2, Oceanus 4.2, DLC 4.4, WeData 4.3). */
    static final Clause NEGLIGENT_AUTHORISATION = Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, lost "
            + "passwords, wrong operations, own devices or third-party software or devices");
    /** 超出腾讯云合理控制范围内的，包括任何不可抗力事件，互联网访问或超出本服务产品边界等因素引起的故障 (HBase 4.1, DLC 4.1; Oceanus 4.1 says 本服务边界). */
    static final Clause BEYOND_REASONABLE_CONTROL = Clause.of("beyond-reasonable-control", "Causes beyond Tencent Cloud's reasonable "
            + "control: force majeure, Internet access, or factors beyond the product's boundary");
    /** 使用非正式版（如 Alpha 版、Beta 版）或不再进行维护的版本而导致的可能错误 (HBase 4.8, Oceanus 4.9). */
    static final Clause NON_RELEASE_VERSION = Clause.of("non-release-version", "Use of a non-release version (Alpha, Beta) or of a "
            + "version no longer maintained");
    /** 未按照 X 版本支持的使用方式、版本兼容性、API 等规范使用，导致的错误 (HBase 4.6, Oceanus 4.5, DLC 4.5, WeData 4.5), X the product. */
    static final Clause UNSUPPORTED_USAGE = Clause.of("unsupported-usage", "Use outside the usage, version compatibility or API norms "
            + "the service's version supports");
    /** 因您设置的本服务相关的存储或算力资源与数据规模或计算复杂度不匹配，导致的业务异常 (Oceanus 4.3, WeData 4.6). */
    static final Clause RESOURCES_MISMATCH = Clause.of("resources-mismatch", "Storage or compute resources the customer set for the "
            + "service do not match the data scale or the computing complexity");
    /** 由您选择的存储和计算能力物理能力上限不足以应对实际使用需求量而导致的故障 (HBase 4.3, DLC 4.8). */
    static final Clause CAPACITY_INSUFFICIENT = Clause.of("capacity-insufficient", "The storage and compute capacity the customer "
            + "chose cannot meet the actual demand");

    private BigdataTerms() {
    }

    /**
     * 免责条款 4.1 to 4.15 of TCHouse-C, TCHouse-P and TCHouse-D, word for word the same in the three texts.
     *
     * @param lines the lines of 4.1 to 4.15, in order
     */
    static SlaBuilder tchouseClauses(SlaBuilder b, int... lines) {
        if (lines.length != 15) {
            throw new IllegalArgumentException("4.1 to 4.15 need 15 lines, got " + lines.length);
        }
        return b.exclusion("4.1", "customer-code-or-config", "Faults from the customer's own code or configuration files "
                        + "(wrong parameters, unreasonable resource use, business-logic bugs)", lines[0])
                .exclusion("4.2", "customer-or-third-party-technology", "The customer's or a third party's devices, software or other "
                        + "technology (third parties the service directly controls excepted)", lines[1])
                .exclusion("4.3", Clauses.ANNOUNCED_MAINTENANCE.worded("Planned downtime for system maintenance notified in advance "
                        + "(cutover, upgrade, failure drills)"), lines[2])
                .exclusion("4.4", "overload-or-log-replay", "Time the service spends slowed under extreme load, hung, with instance "
                        + "resources (CPU, memory or IOPS) over their limits, or replaying logs (redo or recovery)", lines[3])
                .exclusion("4.5", "arrears-or-misconfiguration", "Unavailability from arrears, a wrong security-group configuration, "
                        + "a different network type or disk overuse", lines[4])
                .exclusion("4.6", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application or data is attacked by hackers"), lines[5])
                .exclusion("4.7", "node-change-or-scaling", "Unavailability while node types are changed or the cluster is scaled in or out", lines[6])
                .exclusion("4.8", "scale-out-writes", "Unavailability from unavoidable write operations during scale-out", lines[7])
                .exclusion("4.9", Clauses.CUSTOMER_CREDENTIALS, lines[8])
                .exclusion("4.10", Clauses.CUSTOMER_OPERATION.worded("Wrong operations through the customer's negligence, or operations "
                        + "the customer authorised"), lines[9])
                .exclusion("4.11", "non-ha-or-single-replica", "The customer configured the cluster as non-high-availability or with a "
                        + "single data replica", lines[10])
                .exclusion("4.12", "telecom-government-public-network", "Changes of basic telecom or power resources, control by "
                        + "authorities or carriers, public network congestion or hacking, other events outside Tencent Cloud's fault and control", lines[11])
                .exclusion("4.13", Clauses.NON_PAYMENT_SUSPENSION, lines[12])
                .exclusion("4.14", "force-majeure-or-not-tencent-cause", "Force majeure (as the Tencent Cloud service agreement defines it) "
                        + "or other causes not attributable to Tencent Cloud", lines[13])
                .exclusion("4.15", Clauses.LEGAL_EXEMPTION, lines[14]);
    }

    /**
     * 免责条款 4.1 to 4.9 of BI and RayData Web, word for word the same in the two texts.
     *
     * @param lines the lines of 4.1 to 4.9, in order
     */
    static SlaBuilder visualisationClauses(SlaBuilder b, int... lines) {
        if (lines.length != 9) {
            throw new IllegalArgumentException("4.1 to 4.9 need 9 lines, got " + lines.length);
        }
        return b.exclusion("4.1", "system-maintenance", "System maintenance by Tencent Cloud (cutover, repair, upgrade, failure drills); "
                        + "this text does not require advance notice", lines[0])
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, lines[1])
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("Attacks or other misconduct against the customer's application "
                        + "interfaces or data"), lines[2])
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, lines[3])
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices "
                        + "or third-party software or devices"), lines[4])
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, lines[5])
                .exclusion("4.7", "capacity-exceeded", "Reports failing to open, data failing to load or reports failing to push because "
                        + "use exceeds the capacity of the paid version", lines[6])
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, lines[7])
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, lines[8]);
    }
}
