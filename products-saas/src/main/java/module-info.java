/** Collaboration, website, blockchain and enterprise SaaS SLAs. */
module io.slakit.products.saas {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.saas.SaasProducts;
}
