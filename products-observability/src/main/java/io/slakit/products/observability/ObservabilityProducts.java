package io.slakit.products.observability;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The observability family: monitoring, testing and developer-tool SLAs. */
public final class ObservabilityProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.OBSERVABILITY;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Tcmg.definition(),
                Tmp.definition(),
                Cfg.definition(),
                Tca.definition(),
                CodeBuddy.definition(),
                OrcaTerm.definition(),
                SmartAdvisor.definition(),
                Apm.definition(),
                Cls.definition(),
                Cnb.definition(),
                WeDa.definition(),
                WeTest.definition());
    }
}
