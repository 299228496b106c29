/**
 * slakit's public value types and the provider SPI. JDK only: no third-party type appears here.
 */
module io.slakit.api {
    exports io.slakit.api;
    exports io.slakit.api.spi;
}
