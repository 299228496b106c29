package io.slakit.products.industry;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The industry family: healthcare, education, retail and IoT SLAs. */
public final class IndustryProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.INDUSTRY;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Iot.explorer(),
                Iot.videoIndustry(),
                Iot.enable(),
                Weiling.definition(),
                Medical.miying(),
                Medical.reportClassification(),
                Medical.reportStructuring(),
                Medical.healthMedicineBox(),
                SmartRetailLite.definition(),
                ClinicalSaas.medicalContent(),
                ClinicalSaas.medicalImaging(),
                ClinicalSaas.smartTriage(),
                ClinicalSaas.smartPreconsultation(),
                ClinicalSaas.aiClinicalAssistant(),
                ClinicalSaas.mcm(),
                ClinicalSaas.fda(),
                SiliRecommend.definition());
    }
}
