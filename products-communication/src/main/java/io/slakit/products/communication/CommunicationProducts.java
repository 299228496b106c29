package io.slakit.products.communication;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The communication family: SMS, voice message, email, contact-center and push SLAs. */
public final class CommunicationProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.COMMUNICATION;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Sms.definition(),
                Vms.definition(),
                TcbSms.definition(),
                Ses.definition(),
                Tccc.definition(),
                Tpns.definition());
    }
}
