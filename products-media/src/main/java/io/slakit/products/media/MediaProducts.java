package io.slakit.products.media;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The media family: media, real-time communication and IM SLAs. */
public final class MediaProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.MEDIA;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Trtc.mainland(),
                Trtc.international(),
                Im.international(),
                Im.mainland(),
                Ci.definition(),
                Ivc.definition(),
                Css.definition(),
                Vod.definition(),
                Zhihui.definition(),
                Gs.definition(),
                Mps.definition(),
                Car.definition(),
                Cme.definition(),
                Yinsuda.definition(),
                Trro.definition(),
                Lcic.definition(),
                Gme.definition(),
                Tiw.definition(),
                OnlineClassroom.definition());
    }
}
