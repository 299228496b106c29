package io.slakit.products.database;

import io.slakit.core.dsl.Clause;
import io.slakit.core.dsl.Clauses;
import io.slakit.core.dsl.SlaBuilder;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;

/**
 * The terms Tendis (002:9091) and KeeWiDB (002:9299) share word for word: two editions by zones and
 * replicas, the same two tables, the same 13 exclusion clauses. Each product gives its own lines, and cites
 * the clauses (4.1 to 4.13; the wordings below where they differ from the standard summary) on its own lines.
 */
final class KvStoreTerms {
    /** 4.1. */
    static final Clause MAINTENANCE = Clauses.ANNOUNCED_MAINTENANCE.worded("Normal maintenance notified in advance (cutover, upgrade, drills): planned downtime");
    /** 4.3. */
    static final Clause TELECOM = Clause.of("telecom-government-public-network", "Changes of basic telecom resources, control by "
            + "authorities or carriers, public network congestion, hacker attacks or the customer's suppliers' negligence");
    /** 4.4. */
    static final Clause PERFORMANCE_OVERLOAD = Clause.of("performance-overload", "Slow responses or hangs of the instance under extreme load");
    /** 4.5. */
    static final Clause SPEC_EXCEEDED = Clause.of("spec-exceeded", "Use beyond the product's specification (connections, memory...)");
    /** 4.6. */
    static final Clause ARREARS = Clauses.NON_PAYMENT_SUSPENSION.worded("The service isolated for arrears");
    /** 4.8. */
    static final Clause OPERATION = Clauses.CUSTOMER_OPERATION.worded("The customer's mistakes or operations the customer authorised");
    /** 4.12. */
    static final Clause FORCE_MAJEURE = Clauses.FORCE_MAJEURE.worded(
            "Force majeure: hacker attacks, viruses, natural disasters, government action, riots, war, strikes");
    /** 4.13. */
    static final Clause CUSTOMER_FAULT = Clauses.CUSTOMER_FAULT.worded("Other defects or unavailability attributable to the customer's fault");

    /**
     * @param effectiveLine  the line "本服务等级协议自【2025】年【07】月【28】日生效"
     * @param singleAz       the single-zone commitment (99.95%)
     * @param singleAzTable  its table's first row
     * @param multiAz        the multi-zone commitment (99.99%)
     * @param multiAzTable   its table's first row
     * @param claim          3.2(1)
     * @param liability      where 6.1 stands, for the note
     * @param product        the product's name, for the notes
     */
    record Lines(int effectiveLine, int singleAz, int singleAzTable, int multiAz, int multiAzTable, int claim,
                 String liability, String product) {
    }

    private KvStoreTerms() {
    }

    static SlaBuilder apply(SlaBuilder b, Lines l) {
        return b
                // Stated as the form-filled "【2025】年【07】月【28】日".
                .effective("2025-07-28", l.effectiveLine())
                .edition("single-az", "同一地域下单个可用区域部署",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.95", l.singleAz())
                                .tiers(l.singleAzTable(),
                                        tier("[99, 99.95)", "15"),
                                        tier("[95, 99)", "30"),
                                        tier("[0, 95)", "100")))
                .edition("multi-az", "同一地域下多个可用区，副本数（不含主节点）≥2",
                        metric("availability", "单实例服务可用性")
                                .measuredBy(DatabaseTerms.overOneMinuteRoundedUp())
                                .commitment("99.99", l.multiAz())
                                .tiers(l.multiAzTable(),
                                        tier("[99.95, 99.99)", "10"),
                                        tier("[99, 99.95)", "30"),
                                        tier("[0, 99)", "100")))
                .claim(5, 60, l.claim())
                .note("Editions (2.2, " + l.singleAz() + "-" + l.multiAz() + "): single-az 99.95% (15/30/100 below 99.95/99/95); multi-az "
                        + "(several zones of one region and at least 2 replicas besides the primary) 99.99% (10/30/100 below 99.99/99.95/99). "
                        + "Unlike Redis, the single-zone table starts at 15%. A multi-zone deployment with fewer than 2 replicas has no "
                        + "stated commitment.")
                .note("1.3: a minute counts as unavailable when every connection attempt in it fails; 1.4: outages of at most 1 minute "
                        + "are not counted, longer ones rounded up (1m01s -> 2).")
                .note(DatabaseTerms.FEE_NO_SPLIT_STATED)
                .note(DatabaseTerms.SERVICE_MONTH_17)
                .note("Claims go through the ticket system of the affected account, with the instance ID and the duration with proof; "
                        + "screenshots of the Tencent Cloud Observability Platform traffic metrics are recommended (3.3).")
                .note("Liability (" + l.liability() + "): at most the fees paid for the " + l.product() + " service concerned.")
                .note(DatabaseTerms.GENERAL_TERMS);
    }
}
