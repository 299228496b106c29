package io.slakit.products.network;

/** VPN: the lost-minute contract (every attempt in a minute failed; 99.95% with 10/25/100%). */
class VpnTest extends LostMinuteContract {
    @Override
    String product() {
        return "vpn";
    }
}
