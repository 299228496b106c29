package io.slakit.products.middleware;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The middleware family: message queues, microservices, API gateway and integration SLAs. */
public final class MiddlewareProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.MIDDLEWARE;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Tdmq.definition(),
                Ckafka.definition(),
                Eb.definition(),
                TdmqQueues.cmq(),
                TdmqQueues.rabbitMq(),
                TdmqQueues.mqtt(),
                TdmqRocketMq.definition(),
                Tse.definition(),
                Apigw.definition(),
                Ipaas.definition(),
                Cmq.definition());
    }
}
