package io.slakit.products.security;

import io.slakit.api.spi.SlaProvider;
import io.slakit.testkit.SlaProviderConformance;

/** The testkit's conformance suite, run on the security family. */
class SecurityConformanceTest extends SlaProviderConformance {

    @Override
    protected Class<? extends SlaProvider> providerType() {
        return SecurityProducts.class;
    }
}
