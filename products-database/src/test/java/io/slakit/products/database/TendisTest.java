package io.slakit.products.database;

/** Tendis (002:9091): the key-value store terms shared with KeeWiDB. */
class TendisTest extends KvStoreContract {
    @Override
    String product() {
        return "tendis";
    }

    @Override
    int titleLine() {
        return 9091;
    }
}
