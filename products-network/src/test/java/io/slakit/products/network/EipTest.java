package io.slakit.products.network;

/** EIP: the lost-minute contract (every attempt in a minute failed; 99.95% with 10/25/100%). */
class EipTest extends LostMinuteContract {
    @Override
    String product() {
        return "eip";
    }
}
