package io.slakit.products.middleware;

import io.slakit.api.spi.SlaProvider;
import io.slakit.testkit.SlaProviderConformance;

/** The testkit's conformance suite, run on the middleware family. */
class MiddlewareConformanceTest extends SlaProviderConformance {

    @Override
    protected Class<? extends SlaProvider> providerType() {
        return MiddlewareProducts.class;
    }
}
