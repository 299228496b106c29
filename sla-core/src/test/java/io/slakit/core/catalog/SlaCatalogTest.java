package io.slakit.core.catalog;

import io.slakit.api.Family;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaCatalogTest {

    /** A provider of fixed definitions. */
    static class Fixed implements SlaProvider {
        private final List<SlaDefinition> definitions;

        Fixed(SlaDefinition... definitions) {
            this.definitions = List.of(definitions);
        }

        @Override
        public Family family() {
            return Family.COMPUTE;
        }

        @Override
        public List<SlaDefinition> definitions() {
            return definitions;
        }
    }

    static class Other extends Fixed {
        Other(SlaDefinition... definitions) {
            super(definitions);
        }
    }

    static class Broken implements SlaProvider {
        @Override
        public Family family() {
            return Family.COMPUTE;
        }

        @Override
        public List<SlaDefinition> definitions() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void duplicateKeysAreRefusedNamingBothProviders() {
        CatalogException e = assertThrows(CatalogException.class, () ->
                SlaCatalog.of(List.of(new Fixed(TestSlas.cvmLike()), new Other(TestSlas.cvmLike()))));
        assertTrue(e.getMessage().contains("duplicate definition vm@cn@2024-02-01"), e.getMessage());
        assertTrue(e.getMessage().contains(Fixed.class.getName()) && e.getMessage().contains(Other.class.getName()), e.getMessage());
    }

    @Test
    void everyBrokenProviderIsReportedTogether() {
        CatalogException e = assertThrows(CatalogException.class, () ->
                SlaCatalog.of(List.of(new Broken(), new Fixed(TestSlas.cvmLike()), new Other(TestSlas.cvmLike()))));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void theVersionInForceIsPickedByMonthAndIdsAreCaseInsensitive() {
        SlaCatalog catalog = SlaCatalog.of(List.of(new Fixed(TestSlas.cvmLike("2023-01-01"), TestSlas.cvmLike("2024-02-01"))));
        assertEquals(LocalDate.of(2023, 1, 1), catalog.resolve("VM", Site.CN, YearMonth.of(2024, 1)).definition().provenance().effective());
        assertEquals(LocalDate.of(2024, 2, 1), catalog.resolve("vm", Site.CN, YearMonth.of(2024, 2)).definition().provenance().effective());
        assertTrue(catalog.resolve("vm", Site.CN, YearMonth.of(2024, 2)).warnings().isEmpty());
    }

    @Test
    void aMonthBeforeTheEarliestVersionUsesItWithAWarning() {
        SlaCatalog catalog = SlaCatalog.of(List.of(new Fixed(TestSlas.cvmLike())));
        Resolution r = catalog.resolve("vm", Site.CN, YearMonth.of(2023, 6));
        assertEquals(LocalDate.of(2024, 2, 1), r.definition().provenance().effective());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("before the earliest known version"), r.warnings().get(0));
    }

    @Test
    void unknownProductsAndSitesAreTypedErrors() {
        SlaCatalog catalog = SlaCatalog.of(List.of(new Fixed(TestSlas.cvmLike())));
        UnknownProductException unknown = assertThrows(UnknownProductException.class, () -> catalog.resolve("nope", Site.CN, YearMonth.of(2024, 4)));
        assertEquals("product", unknown.field());
        UnknownProductException site = assertThrows(UnknownProductException.class, () -> catalog.resolve("vm", Site.INTL, YearMonth.of(2024, 4)));
        assertTrue(site.getMessage().contains("no SLA on site intl"), site.getMessage());
    }

    @Test
    void loadingFromAClassLoaderWithoutProvidersGivesAnEmptyCatalogue() {
        SlaCatalog catalog = SlaCatalog.load(new ClassLoader(null) { });
        assertTrue(catalog.definitions().isEmpty());
    }
}
