package io.slakit.core.dsl;

import io.slakit.api.ExclusionClause;
import io.slakit.api.Family;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClausesTest {

    @Test
    void aSharedClauseIsCitedAtTheTextsOwnNumberAndLine() {
        SlaDefinition d = Sla.define("demo", Site.CN, Family.COMPUTE)
                .names("演示", "Demo")
                .source(Seeds.CN, 11055, "私有连接服务等级协议")
                .updated("2023-10-09T16:28:01")
                .effectiveFromUpdatedDate()
                .exclusion("4.12", Clauses.FORCE_MAJEURE, 11177)
                .exclusion("4.2", Clauses.THIRD_PARTY_NETWORK.worded("Network failure outside Tencent Cloud"), 11157)
                .build();
        ExclusionClause fm = d.exclusions().get(0);
        assertEquals("force-majeure", fm.code());
        assertEquals("4.12", fm.clause());
        assertEquals("Force majeure and accidents", fm.summary());
        assertEquals(11177, fm.source().line());
        ExclusionClause net = d.exclusions().get(1);
        assertEquals("third-party-network", net.code());
        assertEquals("Network failure outside Tencent Cloud", net.summary());
    }

    @Test
    void everySharedClauseHasItsOwnCode() throws IllegalAccessException {
        Set<String> codes = new HashSet<>();
        int count = 0;
        for (Field f : Clauses.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Clause.class) {
                count++;
                assertTrue(codes.add(((Clause) f.get(null)).code()), f.getName());
            }
        }
        assertTrue(count >= 10, "the library holds the common clauses");
    }

    @Test
    void badClausesAreRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Clause.of("Force Majeure", "x"));
        assertTrue(e.getMessage().contains("code"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Clauses.FORCE_MAJEURE.worded(" "));
        assertThrows(NullPointerException.class, () -> Clause.of(null, "x"));
    }

    @Test
    void equalityIsByCodeAndSummary() {
        assertEquals(Clause.of("a-b", "x"), Clause.of("a-b", "x"));
        assertEquals(Clause.of("a-b", "x").hashCode(), Clause.of("a-b", "x").hashCode());
        assertNotEquals(Clause.of("a-b", "x"), Clause.of("a-b", "y"));
        assertNotEquals(Clause.of("a-b", "x"), Clause.of("a-c", "x"));
    }
}
