/** Healthcare, education, retail and IoT SLAs. */
module io.slakit.products.industry {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.industry.IndustryProducts;
}
