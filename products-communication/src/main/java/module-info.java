/** SMS, voice message, email, contact-center and push SLAs. */
module io.slakit.products.communication {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.communication.CommunicationProducts;
}
