package io.slakit.products.network;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The network family: load balancers, gateways, private lines, acceleration, CDN and DNS. */
public final class NetworkProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.NETWORK;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Clb.definition(),
                Nat.definition(),
                Eip.definition(),
                PublicIp.definition(),
                PrivateLink.definition(),
                Dc.definition(),
                Ccn.definition(),
                Pcx.definition(),
                Vpn.definition(),
                Sas.definition(),
                Gaap.definition(),
                Eo.definition(),
                Cdn.definition(),
                Ecdn.definition(),
                Dnspod.definition(),
                Httpdns.definition(),
                PrivateDns.definition(),
                Igtm.definition());
    }
}
