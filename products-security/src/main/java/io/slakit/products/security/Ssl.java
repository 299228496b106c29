package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.rules.Rules;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.products.security.SecurityTerms.*;

/** SSL 证书服务等级协议 (SSL Certificates: the CA's CRL/OCSP service), seed 002 line 47550. */
final class Ssl {
    private Ssl() {
    }

    static SlaDefinition definition() {
        return Sla.define("ssl", Site.CN, Family.SECURITY)
                .names("SSL 证书", "SSL Certificate Service")
                .source(Seeds.CN, 47550, "SSL 证书服务等级协议")
                .updated("2023-06-15T17:07:42")
                .effectiveFromUpdatedDate()
                .metric(metric("crl-ocsp-availability", "SSL 证书 CRL/OCSP 服务可用性")
                        // 1.3 (47573): 5 continuous minutes or more count; under 5 minutes is not counted.
                        // 2.1 note (47607): partial minutes round up, 11m01s counts 12.
                        .measuredBy(Rules.incidentMinutes().ignoringUnder(Duration.ofMinutes(5)).roundingUp())
                        .commitment("99.99", 47583)
                        // 3.1 (47668-47674): "低于99.99%但等于或高于99.00% 10%; 低于99%但等于或高于95% 25%; 低于95% 100%".
                        .tiers(47670,
                                tier("[99, 99.99)", "10"),
                                tier("[95, 99)", "25"),
                                tier("[0, 95)", "100")))
                .claim(5, 60, 47628)
                .exclusion("4.1", Clauses.ANNOUNCED_MAINTENANCE.worded("System maintenance or upgrades notified to the customer in advance"), 47642)
                .exclusion("4.2", "improper-calls", "The customer did not call the service as required", 47644)
                .exclusion("4.3", Clauses.CUSTOMER_FAULT, 47646)
                .exclusion("4.4", "key-leaked-revoked", "The customer leaked the certificate key to public networks, the CA detected the "
                        + "risk and revoked the certificate early", 47648)
                .exclusion("4.5", FORCE_MAJEURE.worded("Force majeure, as in the main contract's force-majeure chapter"), 47650)
                .exclusion("4.6", NOT_TENCENT_CAUSE, 47652)
                .exclusion("4.7", LEGAL_EXEMPTION, 47654)
                .note("What is measured (1.1, 1.3-1.4, 47565-47577): the CRL/OCSP service of the fixed-term SSL certificates issued by the "
                        + "certification authority; failures caused by TrustAsia (the certificate supplier), data centres, product "
                        + "functions or wrong operations all count.")
                .note("Threshold (1.3, 47573): an outage counts when it lasts 5 continuous minutes or more; exactly 5 minutes counts, "
                        + "4m59s does not. The counted outage rounds up to whole minutes (47607: 11m01s counts 12).")
                .note("Only users who bought a paid SSL certificate and were charged are compensated (47611); free certificates have no credit.")
                .note("Claims (3.3, 47634-47638) need the certificate vendor's CRL/OCSP failure statement and the certificate order.")
                .note(SERVICE_MONTH_17)
                .note(VOUCHER_THIS_SERVICE)
                .note(CASH_FEE + " (47618-47620)")
                .note(BACKEND_RECORDS)
                .note(LIABILITY_FEES + " (5.1, 47656)")
                .allowanceExample("June: 43200 - 43195.68 = 4.32 minutes of unavailability allowed at 99.99%", 47579,
                        "crl-ocsp-availability", YearMonth.of(2024, 6), "4.32")
                .evaluationExample("An outage of 11 minutes 01 seconds counts 12 minutes", 47607, null, "crl-ocsp-availability",
                        YearMonth.of(2024, 1), outage("2024-01-10T14:00:00", "2024-01-10T14:11:01"), "12", null, "10")
                .build();
    }
}
