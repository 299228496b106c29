/** The network family's SLAs. Filled by its issue; the provider exists so the family is wired end to end. */
module io.slakit.products.network {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.network.NetworkProducts;
}
