package io.slakit.products.storage;

/** CSG (7144): per gateway instance, 99.9% with 10/20/50% down to 98%. */
class CsgTest extends FailedMinute98Contract {
    @Override
    String product() {
        return "csg";
    }
}
