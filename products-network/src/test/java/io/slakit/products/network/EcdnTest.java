package io.slakit.products.network;

/** ECDN: 5-minute units above 0.05% errors, runs of two or more; domain fees as usage shares. */
class EcdnTest extends DomainUsageShareContract {
    @Override
    String product() {
        return "ecdn";
    }
}
