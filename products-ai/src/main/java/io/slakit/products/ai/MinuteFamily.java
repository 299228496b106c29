package io.slakit.products.ai;

/** Notes the minute-rule texts (NLP, TMT, ADP, media tagging, Hunyuan) share. */
final class MinuteFamily {
    static final String CLAIM_MATERIALS = "A claim gives the AppID and UIN and the unavailable periods to the minute";
    static final String NON_INTERNAL = "Errors from network failures, invalid parameters or URLs, or wrong user input are not internal errors.";
    static final String FREE_BETA_TERMS = "The service terms add that a free public-beta version carries no QPS or availability promise during its free period";

    private MinuteFamily() {
    }
}
