package io.slakit.products.storage;

import io.slakit.api.CapRule;
import io.slakit.api.ClaimPolicy;
import io.slakit.api.CombinationRule;
import io.slakit.api.CreditForm;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Family;
import io.slakit.api.MonthRule;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.slakit.products.storage.StorageFixtures.APRIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every storage text states alike, and each text's clauses by number, checked against the definitions. */
class StorageFamilyTest {
    private static final List<SlaDefinition> ALL = new StorageProducts().definitions();

    @Test
    void theFamilysProducts() {
        assertEquals(List.of("cos", "cfs", "cbs", "chdfs", "goosefsx", "goosefs", "enterprise-drive", "csg", "cdm"),
                ALL.stream().map(d -> d.product().value()).toList());
    }

    @Test
    void commonTerms() {
        // CDM (002:7479) promises process times with no credit and no claim window: CdmTest checks it.
        for (SlaDefinition d : ALL.stream().filter(d -> !d.product().value().equals("cdm")).toList()) {
            assertEquals(Family.STORAGE, d.family(), d.key());
            assertEquals(CreditForm.VOUCHER, d.creditForm(), d.key() + ": vouchers for the same service");
            assertEquals(CapRule.MONTHLY_FEE, d.cap(), d.key() + ": capped at the month's fee");
            assertEquals(CombinationRule.HIGHEST, d.combination(), d.key());
            assertEquals(MonthRule.CALENDAR_WITH_PARTIAL, d.monthRule(), d.key() + ": calendar months, Mar 17 - Jun 16");
            ClaimPolicy.NextMonthWindow claim = (ClaimPolicy.NextMonthWindow) d.claimPolicy().orElseThrow();
            assertEquals(5, claim.opensAfterBusinessDays(), d.key() + ": after the 5th business day of the next month");
            assertEquals(60, claim.closesAfterCalendarDays(), d.key() + ": within 60 calendar days");
            // April 2024's claims close 60 days after April 30.
            assertEquals(LocalDate.of(2024, 6, 29), SlaEngine.standard().claimWindow(d, APRIL, Optional.empty()).orElseThrow().closesOn(),
                    d.key());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cos | 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked 4.4=customer-operation "
                    + "4.5=force-majeure 4.6=not-tencent-cause 4.7=legal-exemption",
            "goosefsx | 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked 4.4=customer-operation "
                    + "4.5=force-majeure 4.6=not-tencent-cause 4.7=legal-exemption",
            "cfs | 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked 4.4=customer-credentials "
                    + "4.5=customer-operation 4.6=customer-ignored-docs 4.7=capacity-exceeded 4.8=not-tencent-cause 4.9=legal-exemption",
            "csg | 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked 4.4=customer-credentials "
                    + "4.5=customer-operation 4.6=customer-ignored-docs 4.7=capacity-exceeded 4.8=not-tencent-cause 4.9=legal-exemption",
            "chdfs | 1.5=upstream-service-down 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked "
                    + "4.4=customer-credentials 4.5=customer-operation 4.6=customer-ignored-docs 4.7=capacity-exceeded "
                    + "4.8=not-tencent-cause 4.9=legal-exemption",
            "goosefs | 1.5=upstream-or-node-fault 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked "
                    + "4.4=customer-credentials 4.5=customer-operation 4.6=customer-ignored-docs 4.7=capacity-exceeded "
                    + "4.8=not-tencent-cause 4.9=legal-exemption",
            "cbs | 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked 4.4=customer-credentials "
                    + "4.5=customer-operation 4.6=customer-ignored-docs 4.7=force-majeure 4.8=not-tencent-cause 4.9=crypto-mining "
                    + "4.10=legal-exemption",
            "enterprise-drive | 4.1=announced-maintenance 4.2=third-party-network 4.3=customer-app-attacked 4.4=customer-credentials "
                    + "4.5=customer-operation 4.6=customer-ignored-docs 4.7=capacity-exceeded 4.8=force-majeure "
                    + "4.9=agreement-breach-suspension 4.10=not-tencent-cause 4.11=legal-exemption"})
    void clausesByNumber(String product, String expected) {
        SlaDefinition d = ALL.stream().filter(x -> x.product().value().equals(product)).findFirst().orElseThrow();
        String actual = d.exclusions().stream().map(ExclusionClause::clause).sorted().collect(Collectors.joining(" "));
        String wanted = Arrays.stream(expected.trim().split(" ")).map(s -> s.split("=")[0]).sorted().collect(Collectors.joining(" "));
        assertEquals(wanted, actual, product + ": the clause numbers");
        for (String pair : expected.trim().split(" ")) {
            String[] kv = pair.split("=");
            assertEquals(kv[1], d.exclusions().stream().filter(c -> c.clause().equals(kv[0])).findFirst().orElseThrow().code(),
                    product + " " + kv[0]);
        }
    }
}
