package io.slakit.products.storage;

import io.slakit.api.spi.SlaProvider;
import io.slakit.testkit.SlaProviderConformance;

/** The testkit's conformance suite, run on the storage family. */
class StorageConformanceTest extends SlaProviderConformance {

    @Override
    protected Class<? extends SlaProvider> providerType() {
        return StorageProducts.class;
    }
}
