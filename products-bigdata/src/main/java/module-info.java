/** Data warehouse, search, stream and data-platform SLAs. */
module io.slakit.products.bigdata {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.bigdata.BigdataProducts;
}
