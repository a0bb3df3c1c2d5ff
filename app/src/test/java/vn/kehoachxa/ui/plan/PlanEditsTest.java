package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.exchange.planfile.PlanFiles;

class PlanEditsTest {
    @Test
    void theWholeSignatureBlockIsEditedAndBlanksClearIt() {
        Plan plan = PlanFiles.readBundledSample("muong-la").plan();

        Plan signed = PlanEdits.withSigner(plan, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn");
        Plan cleared = PlanEdits.withSigner(signed, " ", "", "PHÓ CHỦ TỊCH", "Trần Hải Sơn");

        assertThat(signed.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Trần Hải Sơn"));
        assertThat(cleared.signer()).isEqualTo(new Signer(null, null, "PHÓ CHỦ TỊCH", "Trần Hải Sơn"));
        assertThat(signed.summary()).isEqualTo(plan.summary());
    }

    @org.junit.jupiter.api.Test
    void issuerLevelAndAreaCarryTheUsualNamesAlongButKeepNamesTypedByHand() {
        vn.kehoachxa.domain.plan.Plan commune = vn.kehoachxa.testsupport.TestPlans.muongLa().plan();

        vn.kehoachxa.domain.plan.Plan province = PlanEdits.withIssuerLevelAndArea(commune,
                vn.kehoachxa.domain.plan.IssuerLevel.PROVINCE, "tỉnh Sơn La");
        vn.kehoachxa.domain.plan.Plan typed = PlanEdits.withIssuerLevelAndArea(
                PlanEdits.withHeaderNames(commune, null, "UBND XÃ\nMƯỜNG LA (MỚI)"),
                vn.kehoachxa.domain.plan.IssuerLevel.PROVINCE, "tỉnh Sơn La");

        org.assertj.core.api.Assertions.assertThat(province.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA");
        org.assertj.core.api.Assertions.assertThat(province.communeName()).isEqualTo("tỉnh Sơn La");
        org.assertj.core.api.Assertions.assertThat(typed.issuingBody()).isEqualTo("UBND XÃ\nMƯỜNG LA (MỚI)");
        org.assertj.core.api.Assertions.assertThat(PlanEdits.withTypeName(commune, "kế hoạch").typeName()).isNull();
        org.assertj.core.api.Assertions.assertThat(PlanEdits.withNumber(
                PlanEdits.withTypeName(province, "chương trình hành động"), "12"))
                .extracting(vn.kehoachxa.domain.plan.Plan::typeName, vn.kehoachxa.domain.plan.Plan::issuerLevel)
                .containsExactly("CHƯƠNG TRÌNH HÀNH ĐỘNG", vn.kehoachxa.domain.plan.IssuerLevel.PROVINCE);
    }
}
