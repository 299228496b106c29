package io.slakit.products.database;

/** KeeWiDB (002:9299): the key-value store terms shared with Tendis. */
class KeeWiDbTest extends KvStoreContract {
    @Override
    String product() {
        return "keewidb";
    }

    @Override
    int titleLine() {
        return 9299;
    }
}
