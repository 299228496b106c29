package io.slakit.products.storage;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;

import static io.slakit.core.dsl.MetricSpec.metric;

/** 企业网盘服务等级协议 (Enterprise Drive), seed 002 line 6877: the account's service as a whole, 99.9%. */
final class EnterpriseDrive {
    private EnterpriseDrive() {
    }

    static SlaDefinition definition() {
        return Sla.define("enterprise-drive", Site.CN, Family.STORAGE)
                .names("企业网盘", "Enterprise Drive (storage family, seed 002 line 6877)")
                .source(Seeds.CN, 6877, "企业网盘服务等级协议")
                .updated("2023-06-28T11:13:51")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4 (6900-6902): a minute in which every attempt to the service fails.
                        .measuredBy(StorageTerms.failedMinute())
                        .commitment("99.9", 6910)
                        .tiers(6998, StorageTerms.tiers999to95()))
                .claim(5, 60, 6948)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE, 6962)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK, 6964)
                .exclusion("4.3", Clauses.CUSTOMER_APP_ATTACKED.worded("The customer's application interface or data is attacked, or other improper conduct"), 6966)
                .exclusion("4.4", Clauses.CUSTOMER_CREDENTIALS, 6968)
                .exclusion("4.5", Clauses.CUSTOMER_OPERATION.worded("The customer's negligent authorisation, wrong operations, own devices or third-party software or devices"), 6970)
                .exclusion("4.6", Clauses.CUSTOMER_IGNORED_DOCS.worded("The customer did not follow Tencent Cloud's solution documentation or advice"), 6972)
                .exclusion("4.7", "capacity-exceeded", "Delay or loss from use beyond the capacity of the paid version", 6974)
                .exclusion("4.8", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, epidemics, war, unrest, government action, "
                        + "trunk line outages, hackers, network congestion, telecom adjustments and government control"), 6976)
                .exclusion("4.9", Clauses.AGREEMENT_BREACH_SUSPENSION.worded("Service suspended or terminated because the customer breached "
                        + "the Tencent Cloud service agreement, including suspension or data deletion for arrears"), 6980)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 6982)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 6984)
                .note("The unit is the service itself (本服务): 1.4 (6900-6902) counts the minutes in which every attempt to the "
                        + "service failed; give the account's enterprise drive as one resource. This is the storage family's text; "
                        + "the SaaS family's 企业网盘服务等级协议 at 002:51762 is another product.")
                .note(StorageTerms.failedMinuteReading("service", "1.4, 6900-6902"))
                .note("Service months (1.2, 6896): the calendar months of the term bought; the text gives no example of a partial "
                        + "month. Reading chosen: as the other storage texts, the first and last months are partial; give activeFrom/activeUntil.")
                .note("Monthly fee (1.5, 6904, which writes 服务月底 for 服务月度): what the account incurred for the service in the service "
                        + "month, excluding what is not yet consumed; the cap (3.2(2), 6918) excludes voucher, coupon and fee-waiver deductions.")
                .note("Tiers (3.2, 6998-7004): 99.9% > Av >= 99.0% 10%; 99.0% > Av >= 95.0% 20%; 95.0% > Av 50%.")
                .note(StorageTerms.CLAIM_BY_TICKET + " (3.3, 6948-6958)")
                .note(StorageTerms.LIABILITY_FEES_PAID + " (5.1, 6986)")
                .build();
    }
}
