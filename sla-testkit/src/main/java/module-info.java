/**
 * The conformance suite every product module runs on itself: registration, ids, provenance
 * checked against the seed texts, tier tables, and the text's own worked examples replayed.
 */
module io.slakit.testkit {
    requires transitive io.slakit.core;
    requires transitive org.junit.jupiter.api;
    requires org.junit.jupiter.params;
    requires io.github.classgraph;

    exports io.slakit.testkit;

    opens io.slakit.testkit to org.junit.platform.commons;
}
