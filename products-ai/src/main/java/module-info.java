/** Vision, speech, language, large-model and AI platform SLAs. */
module io.slakit.products.ai {
    requires io.slakit.core;

    provides io.slakit.api.spi.SlaProvider with io.slakit.products.ai.AiProducts;
}
