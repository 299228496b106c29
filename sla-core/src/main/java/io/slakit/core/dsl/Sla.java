package io.slakit.core.dsl;

import io.slakit.api.Family;
import io.slakit.api.Site;

/** Entry point of the definition DSL: {@code Sla.define("cvm", Site.CN, Family.COMPUTE)}. */
public final class Sla {
    private Sla() {
    }

    public static SlaBuilder define(String product, Site site, Family family) {
        return new SlaBuilder(product, site, family);
    }
}
