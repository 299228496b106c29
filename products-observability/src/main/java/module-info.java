/** Monitoring, testing and developer-tool SLAs. */
module io.slakit.products.observability {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.observability.ObservabilityProducts;
}
