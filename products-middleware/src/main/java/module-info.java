/** Message queues, microservices, API gateway and integration SLAs. */
module io.slakit.products.middleware {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.middleware.MiddlewareProducts;
}
