package io.slakit.products.saas;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The saas family: collaboration, website, blockchain and enterprise SaaS SLAs. */
public final class SaasProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.SAAS;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Tbaas.definition(),
                TencentYouma.definition(),
                BrandSteward.definition(),
                CloudPages.definition(),
                WebsiteBuilding.definition(),
                WedaSitePack.definition(),
                TencentSurvey.definition(),
                WeCard.definition(),
                SmhDrive.definition(),
                Tapd.definition(),
                Tbs.definition(),
                LeXiang.definition(),
                QidianMarketing.definition(),
                Ess.definition(),
                TencentMeeting.definition());
    }
}
