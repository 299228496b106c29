package io.slakit.products.network;

/** CDN: 5-minute units above 0.05% errors, runs of two or more; domain fees as usage shares. */
class CdnTest extends DomainUsageShareContract {
    @Override
    String product() {
        return "cdn";
    }
}
