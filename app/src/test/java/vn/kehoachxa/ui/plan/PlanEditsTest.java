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
}
