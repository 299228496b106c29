package io.slakit.products.database;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The database family. */
public final class DatabaseProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.DATABASE;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                TencentDb.definition(),
                Vdb.definition(),
                TdsqlC.definition(),
                Cdb.definition(),
                SqlServer.definition(),
                LightweightDb.definition(),
                Redis.definition(),
                Tendis.definition(),
                KeeWiDb.definition(),
                Dts.definition(),
                DbExpert.definition(),
                DbBrain.definition(),
                Dbs.definition());
    }
}
