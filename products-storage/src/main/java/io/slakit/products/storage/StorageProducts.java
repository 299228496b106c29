package io.slakit.products.storage;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The storage family: object, file, block and data-accelerator storage SLAs. */
public final class StorageProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.STORAGE;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Cos.definition(),
                Cfs.definition(),
                Cbs.definition(),
                Chdfs.definition(),
                GooseFsx.definition(),
                GooseFs.definition(),
                EnterpriseDrive.definition(),
                Csg.definition(),
                Cdm.definition());
    }
}
