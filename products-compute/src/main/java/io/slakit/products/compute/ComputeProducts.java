package io.slakit.products.compute;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The compute family: every compute, container and serverless SLA in the seeds. */
public final class ComputeProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.COMPUTE;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Cvm.definition(),
                Cbm.definition(),
                Lighthouse.definition(),
                Chc.definition(),
                Thcc.definition(),
                Hai.definition(),
                Thpc.definition(),
                Batch.definition(),
                Tke.definition(),
                TkeServerless.definition(),
                CseEtcd.definition(),
                Tcr.definition(),
                TkeRegisterCluster.definition(),
                Scf.definition(),
                Tem.definition(),
                Tcm.definition(),
                Ecm.definition(),
                Tez.definition(),
                Cvd.definition(),
                Webify.definition(),
                Tcb.definition(),
                Tcbr.definition(),
                TcbGateway.definition());
    }
}
