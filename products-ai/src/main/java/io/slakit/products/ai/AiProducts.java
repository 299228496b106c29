package io.slakit.products.ai;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The ai family: vision, speech, language, large-model and AI platform SLAs. */
public final class AiProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.AI;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Iai.definition(),
                FaceFusion.definition(),
                Ft.definition(),
                ImageCreation.definition(),
                Ocr.definition(),
                Tts.definition(),
                Asr.definition(),
                CustomVoice.definition(),
                Fmu.definition(),
                Nlp.definition(),
                Tmt.definition(),
                Adp.definition(),
                MediaIntelligentTagging.definition(),
                Hunyuan.definition(),
                CreationEngine.image(),
                CreationEngine.video(),
                ImageUnderstanding.definition(),
                ImageProcessing.definition(),
                FaceId.definition(),
                Ivh.definition(),
                Tsi.definition(),
                TiOne.definition(),
                Soe.definition(),
                HomeworkCorrection.definition());
    }
}
