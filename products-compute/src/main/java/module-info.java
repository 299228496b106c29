/** Compute, container and serverless SLAs. */
module io.slakit.products.compute {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.compute.ComputeProducts;
}
