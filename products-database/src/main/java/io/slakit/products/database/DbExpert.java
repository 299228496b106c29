package io.slakit.products.database;

import io.slakit.api.CreditForm;
import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

/**
 * 数据库专家服务服务等级协议 (DBexpert), seed 002 line 9662: a refund policy for professional services,
 * with no availability commitment and no credit.
 */
final class DbExpert {
    private DbExpert() {
    }

    static SlaDefinition definition() {
        return Sla.define("dbexpert", Site.CN, Family.DATABASE)
                .names("数据库专家服务", "Database Expert Service (DBexpert)")
                .source(Seeds.CN, 9662, "数据库专家服务服务等级协议")
                .updated("2021-11-08T17:22:11")
                .effectiveFromUpdatedDate()
                .creditForm(CreditForm.NONE)
                .note("The text states no availability commitment and no credit: it is a refund policy for expert services "
                        + "(emergency response, architecture planning, backup and recovery, upgrades and scaling; 9677). "
                        + "Evaluation answers \"no credit defined\".")
                .note("Refunds (2, 9687-9691), requested by ticket and made by hand: (1) a purchase not used within 365 natural days "
                        + "is refunded in full, unconditionally; (2) service packs bought beyond those actually used are refunded, "
                        + "unconditionally.")
                .note("Dissatisfaction with the results during the service (9693): a negotiated refund, except when (9715-9723) "
                        + "the customer changed its project lead after the service began; Tencent Cloud changed the expert at the "
                        + "customer's request; Tencent Cloud redid phase results the customer had confirmed, at its request; the "
                        + "customer left any confirmation step unanswered for more than 3 business days; or the service has to be "
                        + "provided again after completion for the customer's own reasons.")
                .note("Service months are defined (1.2, 9681-9685: Mar 17 -> Mar 17-31, Apr, May, Jun 1-16) but nothing is measured per month.")
                .note("Liability (3.1, 9695): at most the fees paid for the service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS)
                .build();
    }
}
