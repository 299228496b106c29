package io.slakit.products.observability;

import io.slakit.api.spi.SlaProvider;
import io.slakit.testkit.SlaProviderConformance;

/** The testkit's conformance suite, run on the observability family. */
class ObservabilityConformanceTest extends SlaProviderConformance {

    @Override
    protected Class<? extends SlaProvider> providerType() {
        return ObservabilityProducts.class;
    }
}
