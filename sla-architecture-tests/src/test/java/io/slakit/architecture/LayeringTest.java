package io.slakit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The one direction of dependencies (DESIGN.md), checked on the compiled main classes of every module. */
class LayeringTest {
    /** Module directory -> the package every class of it lives under. */
    private static final Map<String, String> MODULE_PACKAGES = Map.ofEntries(
            Map.entry("sla-api", "io.slakit.api"),
            Map.entry("sla-core", "io.slakit.core"),
            Map.entry("sla-testkit", "io.slakit.testkit"),
            Map.entry("sla-cli", "io.slakit.cli"),
            Map.entry("products-compute", "io.slakit.products.compute"),
            Map.entry("products-database", "io.slakit.products.database"),
            Map.entry("products-network", "io.slakit.products.network"),
            Map.entry("products-media", "io.slakit.products.media"),
            Map.entry("products-storage", "io.slakit.products.storage"),
            Map.entry("products-middleware", "io.slakit.products.middleware"),
            Map.entry("products-security", "io.slakit.products.security"),
            Map.entry("products-bigdata", "io.slakit.products.bigdata"),
            Map.entry("products-ai", "io.slakit.products.ai"),
            Map.entry("products-observability", "io.slakit.products.observability"),
            Map.entry("products-communication", "io.slakit.products.communication"),
            Map.entry("products-saas", "io.slakit.products.saas"),
            Map.entry("products-industry", "io.slakit.products.industry"));

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.slakit");
    }

    @Test
    void theApiDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("io.slakit.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.slakit.api..")
                .because("sla-api is JDK only: no Guava or Jackson type may leak into the SPI")
                .check(main);
    }

    @Test
    void theCoreNeverNamesAProduct() {
        noClasses().that().resideInAPackage("io.slakit.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.slakit.products..", "io.slakit.cli..", "io.slakit.testkit..")
                .check(main);
    }

    @Test
    void familiesNeverDependOnEachOther() {
        slices().matching("io.slakit.products.(*)..").should().notDependOnEachOther().check(main);
    }

    @Test
    void theCliFindsProductsOnlyThroughTheCatalogue() {
        noClasses().that().resideInAPackage("io.slakit.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.slakit.products..")
                .check(main);
    }

    @Test
    void productModulesDependOnTheApiAndCoreOnly() {
        classes().that().resideInAPackage("io.slakit.products..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.slakit.api..", "io.slakit.core..", "io.slakit.products..")
                .check(main);
    }

    @Test
    void theFleetPathDoesNotDependOnTheEngine() {
        // The fleet path is compiled kernels; it answers alone or hands the resource to the caller, never to the engine.
        noClasses().that().resideInAPackage("io.slakit.core.fleet..")
                .should().dependOnClassesThat().resideInAPackage("io.slakit.core.engine..")
                .check(main);
    }

    @Test
    void onlyTheCliWritesToTheConsole() {
        // A library that prints cannot be embedded: results and warnings travel in reports and exceptions.
        noClasses().that().resideOutsideOfPackage("io.slakit.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(main);
    }

    @Test
    void everyPackageStartsWithItsModulesName() {
        classes().that().resideInAPackage("io.slakit..").should(liveUnderTheirModulesPackage()).check(main);
    }

    @Test
    void modulesFormNoCycles() {
        // io.slakit.api and io.slakit.api.spi are one layer by design (rules are part of a definition), so
        // cycles are checked between modules and between the core's packages.
        slices().matching("io.slakit.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theCoresPackagesFormNoCycles() {
        slices().matching("io.slakit.core.(*)..").should().beFreeOfCycles().check(main);
    }

    private static ArchCondition<JavaClass> liveUnderTheirModulesPackage() {
        return new ArchCondition<>("live under their module's package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String location = item.getSource().map(s -> s.getUri().toString()).orElse("");
                for (Map.Entry<String, String> module : MODULE_PACKAGES.entrySet()) {
                    if (location.contains("/" + module.getKey() + "/") || location.contains("/" + module.getKey() + "-")) {
                        boolean ok = item.getPackageName().equals(module.getValue()) || item.getPackageName().startsWith(module.getValue() + ".");
                        events.add(new SimpleConditionEvent(item, ok, item.getName() + " from " + module.getKey()
                                + (ok ? " is" : " is not") + " under " + module.getValue()));
                        return;
                    }
                }
                events.add(SimpleConditionEvent.violated(item, item.getName() + " comes from no known module: " + location));
            }
        };
    }
}
