package io.slakit.products.network;

/** public IP: the lost-minute contract (every attempt in a minute failed; 99.95% with 10/25/100%). */
class PublicIpTest extends LostMinuteContract {
    @Override
    String product() {
        return "public-ip";
    }
}
