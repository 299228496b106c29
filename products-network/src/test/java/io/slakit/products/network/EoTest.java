package io.slakit.products.network;

/** EO: 5-minute units with error rate above 0.1%; runs of two or more consecutive abnormal units count; 99.9% with 10/25/50%. */
class EoTest extends ConsecutiveErrorUnitsContract {
    @Override
    String product() {
        return "eo";
    }

    @Override
    int failuresAtThreshold() {
        return 10; // 10 of 10000 = 0.1%: not above the threshold
    }

    @Override
    int failuresAboveThreshold() {
        return 11;
    }
}
