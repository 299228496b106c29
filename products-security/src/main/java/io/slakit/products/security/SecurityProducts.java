package io.slakit.products.security;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.util.List;

/** The security family: security product and security service SLAs. */
public final class SecurityProducts implements SlaProvider {

    @Override
    public Family family() {
        return Family.SECURITY;
    }

    @Override
    public List<SlaDefinition> definitions() {
        return List.of(
                Cfw.definition(),
                Csc.definition(),
                Waf.definition(),
                Cwp.definition(),
                Tcss.definition(),
                Kms.definition(),
                AntiDdos.definition(),
                Ssl.definition(),
                TencentCloudCa.definition(),
                CaDigitalIdentity.definition(),
                ConfidentialComputing.definition(),
                Rce.definition(),
                DeviceSecurity.definition(),
                Mpss.definition(),
                ContentSecurity.ims(),
                ContentSecurity.tms(),
                ContentSecurity.ams(),
                ContentSecurity.vm(),
                ActiveCloudHoneypot.definition(),
                ConsolePlatforms.accountRiskControl(),
                ConsolePlatforms.digitalIdentity(),
                Ioa.definition(),
                Llmsgw.definition(),
                SecurityValidation.definition(),
                Sca.definition(),
                Tics.definition(),
                AccountConnector.definition(),
                Dsgc.definition(),
                DataSecurityAudit.definition(),
                Vss.definition(),
                BastionHost.definition(),
                Ace.definition(),
                CodeSigningCertificate.definition(),
                Captcha.definition(),
                Taf.definition(),
                SecurityServices.mss(),
                SecurityServices.emergencyResponse(),
                SecurityServices.attackDefense(),
                SecurityServices.criticalPeriod(),
                SecurityServices.penetrationTesting(),
                SecurityServices.exposureManagement(),
                SecurityServices.vulnerabilityGovernance(),
                SecurityServices.riskAssessment());
    }
}
