/** Object, file, block and data-accelerator storage SLAs. */
module io.slakit.products.storage {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.storage.StorageProducts;
}
