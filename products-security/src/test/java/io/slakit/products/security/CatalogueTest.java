package io.slakit.products.security;

import io.slakit.api.Edition;
import io.slakit.api.Family;
import io.slakit.api.Metric;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the provider lists: the 43 products encoded so far, each with a claim window, clauses and a describable rule. */
class CatalogueTest {
    private static final Set<String> ENCODED = Set.of("cfw", "csc", "waf", "cwp", "tcss", "kms", "anti-ddos", "ssl",
            "tencent-cloud-ca", "ca-digital-identity", "confidential-computing-platform", "rce", "device-security", "mpss",
            "ims", "tms", "ams", "vm", "active-cloud-honeypot", "account-risk-control-platform", "digital-identity-platform",
            "ioa", "llmsgw", "security-validation-service", "sca", "tics", "account-connector", "dsgc", "data-security-audit",
            "vss", "bh", "ace", "mss", "emergency-response-service", "attack-defense-exercise-service",
            "critical-period-security-assurance", "penetration-testing-service", "exposure-management-service",
            "vulnerability-governance-service", "risk-assessment-service", "code-signing-certificate", "captcha", "taf");

    private static List<SlaDefinition> definitions() {
        return new SecurityProducts().definitions();
    }

    @Test
    void theProviderListsEveryEncodedProductOnce() {
        Set<String> ids = definitions().stream().map(d -> d.product().toString()).collect(Collectors.toSet());
        assertEquals(ENCODED, ids);
        assertEquals(ENCODED.size(), definitions().size());
    }

    @Test
    void everyDefinitionIsASecurityDefinitionWithClaimsAndClauses() {
        for (SlaDefinition d : definitions()) {
            assertEquals(Family.SECURITY, d.family(), d.key());
            assertTrue(d.claimPolicy().isPresent(), d.key());
            assertFalse(d.exclusions().isEmpty(), d.key());
            assertFalse(d.notes().isEmpty(), d.key());
        }
    }

    @Test
    void everyRuleDescribesItself() {
        for (SlaDefinition d : definitions()) {
            for (Edition e : d.editions()) {
                for (Metric m : e.metrics()) {
                    assertFalse(m.measurement().describe().isBlank(), d.key());
                    assertFalse(m.credit().describe().isBlank(), d.key());
                    assertFalse(m.measurement().parameters().isEmpty(), d.key());
                }
            }
        }
    }

    @Test
    void exclusionCodesAreUniqueWithinADefinition() {
        for (SlaDefinition d : definitions()) {
            long distinct = d.exclusions().stream().map(c -> c.code()).distinct().count();
            assertEquals(d.exclusions().size(), distinct, d.key() + " repeats a clause code: " + d.exclusions());
        }
    }
}
