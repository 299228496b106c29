package io.slakit.products.communication;

import io.slakit.api.CreditUnit;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;
import io.slakit.core.rules.Credits;
import io.slakit.core.rules.UnitCredit;

import java.math.RoundingMode;

import static io.slakit.core.rules.Credits.tier;

/**
 * What the message SLAs share: the exclusion clauses 4.1-4.17 that the SMS (002:44166), voice
 * message (002:44766) and CloudBase SMS (002:37643) texts word alike (one clause to every other
 * line), their tier table ([90, 95) 10 %, [0, 90) 30 % of the month's fee, paid as units at the list
 * price), and the notes they share.
 */
final class CommunicationTerms {
    /** The three texts state no rounding for the unit count; whole units rounded down is this encoding's reading. */
    static final RoundingMode MESSAGE_ROUNDING = RoundingMode.DOWN;

    private CommunicationTerms() {
    }

    /** The credit of the three 95 % texts: 10 % or 30 % of the month's fee, as whole units at the list price given, rounded down. */
    static UnitCredit messageCredit(CreditUnit unit) {
        return Credits.convertedToUnitsAtListPrice(Credits.tiered(tier("[90, 95)", "10"), tier("[0, 90)", "30")), unit, 0, MESSAGE_ROUNDING);
    }

    /**
     * Clauses 4.1-4.17, the first at {@code firstLine} and each next two lines on. {@code what} names the
     * service in 4.4 and 4.10 ("SMS", "voice message"); {@code partyGovernmentMilitary} is CloudBase SMS's
     * longer 4.9 (it adds "党政军").
     */
    static SlaBuilder messageExclusions(SlaBuilder b, int firstLine, String what, String docsOf, boolean partyGovernmentMilitary) {
        int l = firstLine;
        return b.exclusion("4.1", Clauses.CUSTOMER_FAULT.worded("The customer's own failure"), l)
                .exclusion("4.2", Clauses.CUSTOMER_CREDENTIALS.worded("Data, passwords or keys lost or leaked through the customer's maintenance "
                        + "or confidentiality, or verification-code traffic fraud"), l + 2)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED, l + 4)
                .exclusion("4.4", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow the " + docsOf
                        + " product documentation or advice"), l + 6)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION, l + 8)
                .exclusion("4.6", "platform-rule-control", "Credit control, flow control or information-security control (such as "
                        + "sensitive words) for breaking the platform's rules", l + 10)
                .exclusion("4.7", "reported-as-harassment", "Recipients judged the messages to be harassment", l + 12)
                .exclusion("4.8", "regulator-or-carrier-control", "Controls by the MIIT, the communications administrations or the carriers", l + 14)
                .exclusion("4.9", Clauses.CONTENT_VIOLATION.worded(partyGovernmentMilitary
                        ? "Illegal content (pornography, gambling, drugs, party, government or military matters, fraud...)"
                        : "Illegal content (pornography, gambling, drugs, fraud...)"), l + 16)
                .exclusion("4.10", Clauses.TRAFFIC_SURGE_UNANNOUNCED.worded("High-concurrency demand not announced in advance: " + what
                        + " reaching a million a day per ordinary account or a hundred million a day per channel account"), l + 18)
                .exclusion("4.11", "special-number-features", "Use of number extension, fixed number suffixes, three-network numbers, fixed or "
                        + "designated number configuration, or trial products, features and permissions not public on the website", l + 20)
                .exclusion("4.12", "announced-major-event", "Major events or promotions Tencent Cloud announced in advance", l + 22)
                .exclusion("4.13", Clauses.ANNOUNCED_MAINTENANCE, l + 24)
                .exclusion("4.14", Clauses.THIRD_PARTY_NETWORK, l + 26)
                .exclusion("4.15", Clauses.FORCE_MAJEURE, l + 28)
                .exclusion("4.16", Clauses.NOT_TENCENT_CAUSE.worded("Unavailability or missed targets not caused by Tencent Cloud"), l + 30)
                .exclusion("4.17", Clauses.LEGAL_EXEMPTION, l + 32);
    }

    /** How excluded failures and the list price are given, for every delivery-ratio text of the family. */
    static String deliveryInput(String unitWords, String priceWords, int priceLine) {
        return "Input: the month's " + unitWords + " to valid recipients (deliveries.sent) and those delivered (deliveries.delivered); "
                + "undelivered ones an exclusion clause caused go under deliveries.excluded by clause code and count as delivered. "
                + "The credit is converted at " + priceWords + " (" + priceLine + "), which the text does not state: give it as "
                + "deliveries.unitPrice (exact, e.g. \"0.045\"); a month whose credit must be converted without it is an error.";
    }

    /** The three 95 % texts state no rounding of the unit count. */
    static String roundingReading(String units, int line) {
        return "Rounding (" + line + "): the text states none for the number of " + units + "; this encoding pays whole " + units
                + " rounded down (a part of one is not paid), so the units paid never exceed the money tier's amount.";
    }
}
