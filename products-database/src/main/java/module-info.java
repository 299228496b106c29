/** The database family's SLAs. Filled by its issue; the provider exists so the family is wired end to end. */
module io.slakit.products.database {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.database.DatabaseProducts;
}
