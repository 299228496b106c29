package io.slakit.products.compute;

import io.slakit.api.Attribution;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/** 云托付物理服务器服务等级协议 (Cloud Hosting Cluster), seed 002 line 1985. */
final class Chc {
    private Chc() {
    }

    static SlaDefinition definition() {
        return Sla.define("chc", Site.CN, Family.COMPUTE)
                .names("云托付物理服务器", "Cloud Hosting Cluster")
                .source(Seeds.CN, 1985, "云托付物理服务器服务等级协议")
                .updated("2022-07-19T16:52:40")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        // 1.4-1.6 (2008-2016): per account, all slots' downtime against all slots' minutes;
                        // at most 1 minute is not counted; 1m01s counts 2 minutes.
                        .measuredBy(Rules.fleetIncidentMinutes().ignoringAtOrUnder(Duration.ofMinutes(1)).roundingUp())
                        .commitment("99.9", 2030)
                        .tiers(2133,
                                tier("[99, 99.9)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 2073)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance notified in advance (cutover, repair, upgrade, service improvement, failure drills)"), 2087)
                .exclusion("4.2", Clauses.CUSTOMER_OPERATION.worded("Operations the customer authorised, correctly carried out by Tencent Cloud"), 2089)
                .exclusion("4.3", "customer-device-fault", "Faults of the hosted device itself (hardware, software, firmware)", 2091)
                .exclusion("4.4", "customer-device-single-power-or-port", "The hosted device has a single power supply or a single network port", 2093)
                .exclusion("4.5", "customer-application", "The customer's applications or installation activities", 2095)
                .exclusion("4.6", "customer-external-device", "External devices the customer asked to be placed", 2097)
                .exclusion("4.7", "normal-server-operation", "Normal server operations such as shutdown or restart", 2099)
                .exclusion("4.8", "regulator-ordered-shutdown", "Shutdown ordered by regulators because the customer's content breaks the law", 2101)
                .exclusion("4.9", Clauses.FORCE_MAJEURE.worded("Force majeure: natural disasters, war, government action, trunk line outages, network congestion"), 2103)
                .exclusion("4.10", Clauses.NOT_TENCENT_CAUSE, 2107)
                .exclusion("4.11", Clauses.LEGAL_EXEMPTION, 2109)
                .note("Availability is per account (1.4, 2.1): one resource stands for all the account's slots, units = the number of slots, "
                        + "and each incident's scope names the slot it hit.")
                .note("The credit basis: the text defines the monthly fee per slot (1.8) but measures the account; the reading chosen is "
                        + "the account's whole CHC fee for the month, given as the resource's fee.")
                .evaluationExample("100 slots in a 30-day month at 99.9% allow 100 x 24 x 30 x 0.1% = 72 hours (4320 minutes) of downtime "
                                + "in total: 72 hours down leaves the commitment met", 2032, null, "availability", YearMonth.of(2024, 4),
                        hundredSlotsDownSeventyTwoHours(), "4320", "99.9", "0")
                .build();
    }

    /** 100 slots; three of them each down one whole day (3 x 1440 = 4320 minutes = 72 hours). */
    private static ResourceMonth hundredSlotsDownSeventyTwoHours() {
        ResourceMonth.Builder builder = ResourceMonth.builder("account-example", Money.of("10000.00", "CNY")).units(100);
        Instant day = Instant.parse("2024-04-09T16:00:00Z");
        for (int slot = 1; slot <= 3; slot++) {
            builder.incident(new Incident(day, day.plus(Duration.ofDays(1)), "slot-" + slot, Attribution.provider()));
        }
        return builder.build();
    }
}
