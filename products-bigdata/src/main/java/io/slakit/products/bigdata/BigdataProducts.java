package io.slakit.products.bigdata;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The bigdata family: data warehouse, search, stream and data-platform SLAs. */
public final class BigdataProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.BIGDATA;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Emr.definition(),
                EmrServerlessHbase.definition(),
                Es.definition(),
                Tchouse.c(),
                Tchouse.p(),
                Tchouse.d(),
                Oceanus.definition(),
                Dlc.definition(),
                WeData.definition(),
                Bi.definition(),
                RayDataWeb.definition());
    }
}
