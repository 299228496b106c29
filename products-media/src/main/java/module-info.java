/** Media, real-time communication and IM SLAs. */
module io.slakit.products.media {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.media.MediaProducts;
}
