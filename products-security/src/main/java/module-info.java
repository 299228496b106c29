/** Security product and security service SLAs. */
module io.slakit.products.security {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.security.SecurityProducts;
}
