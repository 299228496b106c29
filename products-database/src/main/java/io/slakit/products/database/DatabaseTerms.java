package io.slakit.products.database;

import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;

/**
 * What the database SLAs share: the two incident-minute thresholds they use, the general database
 * service terms (云数据库服务条款, seed 002 line 10002) that every database SLA sits under, and the
 * single-outage month the texts' rounding examples describe.
 */
final class DatabaseTerms {
    /**
     * The general terms lie outside every SLA's own section (more than 1,500 lines after most titles),
     * so they are recorded as a note, not as cited clauses.
     */
    static final String GENERAL_TERMS = "General terms: the 云数据库服务条款 (002:10002, last updated 2023-03-29) apply to every "
            + "database service besides this SLA. 8.5 (002:10312-10318) caps Tencent Cloud's total liability at the fees paid for "
            + "the service, or, when the service has been used for more than 12 months, at the fees paid in the 12 months before "
            + "the damage; fees there are the cash actually paid for actual use, excluding prepaid-but-unconsumed amounts and "
            + "vouchers; 8.5 says it prevails over conflicting agreements or rules. 8.4 excludes indirect, incidental, special or "
            + "punitive losses. 8.1 (002:10372) lists short interruptions for server configuration or maintenance among the "
            + "interruptions Tencent Cloud is exempt for; 4.7 (002:10211) warns that maintenance inside the customer-set maintenance "
            + "window may flash-disconnect connections (applications must reconnect); 3.24 (002:10166) makes Tencent Cloud "
            + "responsible only for the layers below the database. These terms bound total damages; they do not change the "
            + "monthly voucher computed here, which stays capped at the month's fee.";

    /** The month's fee is per instance; a multi-month prepayment is split evenly over the months bought. */
    static final String PREPAID_SPLIT = "Monthly fee: what was paid for this one instance in the service month, excluding "
            + "purchased-but-unconsumed amounts; a multi-month prepayment is divided evenly by the number of months bought. "
            + "Give that per-month share as the resource's fee.";

    /** For texts whose own fee definition omits the split (VDB, Redis, Tendis, KeeWiDB). */
    static final String FEE_NO_SPLIT_STATED = "Monthly fee: what was paid for this one instance in the service month, excluding "
            + "purchased-but-unconsumed amounts and voucher, coupon or fee-waiver deductions. This text does not state how a "
            + "multi-month prepayment is split; the other database SLAs (TencentDB, TDSQL-C, CDB, SQL Server, DTS...) divide it "
            + "evenly by the months bought, and that is the fee to give here.";

    static final String SERVICE_MONTH_17 = "Service months are the calendar months of the purchase, the first and last partial: "
            + "three months bought on Mar 17 give Mar 17-31, Apr, May and Jun 1-16. Give activeFrom/activeUntil for a partial month.";

    static final String SERVICE_MONTH_7 = "Service months are the calendar months of the purchase, the first and last partial: "
            + "three months bought on Mar 7 give Mar 7-31, Apr, May and Jun 1-6. Give activeFrom/activeUntil for a partial month.";

    private DatabaseTerms() {
    }

    /** "不超过1分钟的，不计入" and "1分01秒，按2分钟算": the database texts' incident rule. */
    static IncidentMinutes overOneMinuteRoundedUp() {
        return Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp();
    }

    /** "持续5分钟以上 ... 小于1分钟的按1分钟计算" (DTS, DBbrain, DBS): 6m01s counts 7 minutes. */
    static IncidentMinutes overFiveMinutesRoundedUp() {
        return Rules.incidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(5)).roundingUp();
    }

    /** One outage of {@code length} on 5 April 2024, 10:00 Beijing time, for the texts' rounding examples. */
    static ResourceMonth oneOutage(Duration length) {
        Instant start = Instant.parse("2024-04-05T02:00:00Z");
        return ResourceMonth.builder("ins-example", Money.of("100.00", "CNY"))
                .incident(Incident.of(start, start.plus(length)))
                .build();
    }

    // The clauses the 2025 texts of TDSQL-C, MySQL, SQL Server and the lightweight database share word for word, where
    // they differ from the standard summary: section 4 (free, free-quota and test use are outside the SLA) and 免责条款
    // 5.1 to 5.13. Each definition cites them on its own lines.

    /** Section 4. */
    static final Clause TRIAL_OR_FREE_USE_2025 = Clauses.TRIAL_OR_FREE_USE.worded(
            "Public or closed beta, invitation tests, free use or use within a free quota: no availability promise, the SLA does not apply");
    /** 5.1. */
    static final Clause NETWORK_2025 = Clauses.THIRD_PARTY_NETWORK.worded(
            "Network, equipment, system or line failure or configuration change outside Tencent Cloud's equipment");
    /** 5.5. */
    static final Clause IGNORED_DOCS_2025 = Clauses.CUSTOMER_IGNORED_DOCS.worded(
            "The customer did not follow Tencent Cloud's agreements, the documentation or advice");
    /** 5.6. */
    static final Clause THIRD_PARTY_SOFTWARE_2025 = Clauses.THIRD_PARTY_SOFTWARE.worded(
            "Software the customer installed, or third-party software or configuration Tencent Cloud does not run");
    /** 5.7. */
    static final Clause FORCE_MAJEURE_2025 = Clauses.FORCE_MAJEURE.worded(
            "Force majeure: natural disasters, government action, riots, disease, war, strikes");
    /** 5.8: a clause of these texts only. */
    static final Clause TELECOM_2025 = Clause.of("telecom-government-public-network", "Changes of basic telecom resources, control by "
            + "authorities or carriers, public network congestion or hacking, other events outside Tencent Cloud's control");
    /** 5.9. */
    static final Clause NON_PAYMENT_2025 = Clauses.NON_PAYMENT_SUSPENSION.worded(
            "Service suspended or terminated because the customer did not buy or pay as agreed");
    /** 5.10 (also KvStoreTerms' 4.10). */
    static final Clause BREACH_2025 = Clauses.AGREEMENT_BREACH_SUSPENSION.worded(
            "Service suspended or terminated because the customer breached this agreement or the service agreement");
    /** 5.11. */
    static final Clause ROUTINE_MAINTENANCE_2025 = Clauses.ROUTINE_MAINTENANCE.worded(
            "Short interruptions for the routine maintenance described in the Tencent Cloud service agreement");

    /** The claim terms the 2025 texts share: the voucher is the full and sole remedy; only the affected account may claim. */
    static final String SOLE_REMEDY_2025 = "3.1(1): the voucher is the full and sole compensation for missed availability. Claims "
            + "go only through the ticket system of the account that used the service and missed the level; Tencent Cloud verifies "
            + "and \"reasonably evaluates\" them, and its back-end logs decide disputes. Claims need the instance ID and the "
            + "duration with proof.";

    /** 6.1 of the 2025 texts: the 12-month look-back. */
    static final String LIABILITY_12_MONTHS = "Liability (6.1): at most the fees paid for the service concerned; after more than "
            + "12 months of use, at most the fees paid for it in the 12 months before the damage.";
}
