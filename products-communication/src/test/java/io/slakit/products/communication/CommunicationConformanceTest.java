package io.slakit.products.communication;

import io.slakit.api.spi.SlaProvider;
import io.slakit.testkit.SlaProviderConformance;

/** The testkit's conformance suite, run on the communication family. */
class CommunicationConformanceTest extends SlaProviderConformance {

    @Override
    protected Class<? extends SlaProvider> providerType() {
        return CommunicationProducts.class;
    }
}
