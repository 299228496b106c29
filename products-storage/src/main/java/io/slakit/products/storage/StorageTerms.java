package io.slakit.products.storage;

import io.slakit.api.CreditTier;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.Rules;
import io.slakit.core.rules.WindowedRate;

import java.time.Duration;

import static io.slakit.core.rules.Credits.tier;

/**
 * What the storage SLAs share: the connection-failure minute (CFS, CBS, CHDFS, GooseFSx, GooseFS, CSG,
 * enterprise drive), the 10/20/50 % tables of the accelerators and gateways, and the two sets of
 * exclusion clauses that several texts state word for word. Each text cites its own lines.
 */
final class StorageTerms {
    private StorageTerms() {
    }

    /**
     * "在某一分钟内 ... 所有连续尝试均失败，则视为该分钟内 ... 不可用。如连续尝试失败时间未持续1分钟（60秒），则不计入":
     * a clock minute is down when every connection attempt in it failed.
     */
    static WindowedRate failedMinute() {
        return Rules.everyAttemptFailed(Duration.ofMinutes(1));
    }

    /** How the connection-failure minute is read and what to give (the seed line of the text's own rule). */
    static String failedMinuteReading(String unit, String lines) {
        return "Measured per " + unit + " and per clock minute (" + lines + "): give one 1-minute window per minute observed, "
                + "with the connection attempts and those that failed; a minute is down only when all failed. Reading chosen: the "
                + "minutes are the clock minutes from 00:00:00, so a failure shorter than a minute never counts (\"未持续1分钟，"
                + "则不计入\") and one that straddles two minutes without filling either is not counted. The text states no "
                + "rounding; whole minutes count.";
    }

    /** "99.9% > Av ≥ 99.0% 10%; 99.0% > Av ≥ 98.0% 20%; 98.0% > Av 50%" (CHDFS, GooseFSx, CSG). */
    static CreditTier[] tiers999to98() {
        return new CreditTier[] {tier("[99, 99.9)", "10"), tier("[98, 99)", "20"), tier("[0, 98)", "50")};
    }

    /** "99.9% > Av ≥ 99.0% 10%; 99.0% > Av ≥ 95.0% 20%; 95.0% > Av 50%" (GooseFS, enterprise drive). */
    static CreditTier[] tiers999to95() {
        return new CreditTier[] {tier("[99, 99.9)", "10"), tier("[95, 99)", "20"), tier("[0, 95)", "50")};
    }

    /**
     * 4.1 to 4.9 as CFS, CHDFS, GooseFS and CSG state them word for word (announced maintenance ... capacity
     * exceeded, not Tencent Cloud's cause, legal exemptions).
     *
     * @param lines the lines of 4.1 to 4.9, in order
     */
    static SlaBuilder fileClauses(SlaBuilder b, int... lines) {
        if (lines.length != 9) {
            throw new IllegalArgumentException("4.1 to 4.9 need 9 lines, got " + lines.length);
        }
        return b.exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, lines[0])
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, lines[1])
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interface or data is attacked, or other improper conduct"), lines[2])
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, lines[3])
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software or devices"), lines[4])
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS, lines[5])
                .exclusion("4.7", "capacity-exceeded", "Delay or loss from use beyond the capacity of the paid version", lines[6])
                .exclusion("4.8", Clauses.NOT_TENCENT_CAUSE, lines[7])
                .exclusion("4.9", Clauses.LEGAL_EXEMPTION, lines[8]);
    }

    /**
     * 4.1 to 4.7 as COS and GooseFSx state them word for word (maintenance announced at least 7 days ahead ...
     * legal exemptions).
     *
     * @param lines the lines of 4.1 to 4.7, in order
     */
    static SlaBuilder sevenDayNoticeClauses(SlaBuilder b, int... lines) {
        if (lines.length != 7) {
            throw new IllegalArgumentException("4.1 to 4.7 need 7 lines, got " + lines.length);
        }
        return b.exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance or an unavailability warning notified at least 7 days in advance"), lines[0])
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded("Failure caused by networks, equipment or configuration that are not Tencent Cloud's facilities"), lines[1])
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The user's application interface or data is attacked, or other improper conduct"), lines[2])
                .exclusion("4.4", Clauses.CUSTOMER_OPERATION.worded("The user's negligent authorisation, wrong operations, own devices or third-party software or devices"), lines[3])
                .exclusion("4.5", Clauses.FORCE_MAJEURE, lines[4])
                .exclusion("4.6", Clauses.NOT_TENCENT_CAUSE, lines[5])
                .exclusion("4.7", Clauses.LEGAL_EXEMPTION, lines[6]);
    }

    /** The claim terms every storage text states: by ticket of the account concerned; Tencent Cloud's back-end records decide disputes. */
    static final String CLAIM_BY_TICKET = "Claims go only through the ticket system of the account concerned; Tencent Cloud verifies "
            + "them, and its back-end records decide disputes about the availability computed. A claim made later than 60 days "
            + "after the month, or in another way, waives the right to compensation.";

    /** 5.1 of most storage texts. */
    static final String LIABILITY_FEES_PAID = "Liability: at most the fees paid for the service concerned.";
}
