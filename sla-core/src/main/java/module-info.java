/**
 * slakit's engine: service months, the shared measurement and credit rules, the catalogue that
 * discovers {@link io.slakit.api.spi.SlaProvider}s, the fluent builder product modules declare
 * their SLAs with, and JSON I/O.
 */
module io.slakit.core {
    requires transitive io.slakit.api;
    requires com.google.common;
    requires transitive com.fasterxml.jackson.databind; // SlaJson and MonthFileReader hand out Jackson trees

    exports io.slakit.core.catalog;
    exports io.slakit.core.dsl;
    exports io.slakit.core.engine;
    exports io.slakit.core.fleet;
    exports io.slakit.core.interval;
    exports io.slakit.core.json;
    exports io.slakit.core.rules;
    exports io.slakit.core.time;

    uses io.slakit.api.spi.SlaProvider;
}
