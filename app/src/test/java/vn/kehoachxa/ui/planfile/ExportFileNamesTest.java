package vn.kehoachxa.ui.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.testsupport.TestPlans;

class ExportFileNamesTest {
    @Test
    void numberedPlanIsNamedByTypeNumberSymbolAndCommuneInAscii() {
        Plan plan = vn.kehoachxa.ui.plan.PlanEdits.withNumber(TestPlans.muongLa().plan(), "12");
        assertThat(ExportFileNames.forPlan(plan, ".docx")).isEqualTo("KH-12-UBND-Muong-La.docx");
    }

    @Test
    void draftWithoutNumberLeavesTheNumberOut() {
        assertThat(ExportFileNames.forPlan(TestPlans.muongLa().plan(), ".kehoach.json"))
                .isEqualTo("KH-UBND-Muong-La.kehoach.json");
    }

    @Test
    void partySymbolWithSlashAndLetterDBecomeSafeAscii() {
        assertThat(ExportFileNames.ascii("CTr-10-CTr/ĐU-Hà-Đông")).isEqualTo("CTr-10-CTr-DU-Ha-Dong");
    }

    @Test
    void aPrintedTypeNameOfItsOwnLeadsAndTheProvinceLosesItsKindWord() {
        Plan p = TestPlans.muongLa().plan();
        Plan plan = new Plan(null, vn.kehoachxa.domain.plan.DocumentFamily.PARTY,
                vn.kehoachxa.domain.plan.DocumentType.CTR, "03", "CTr/TU", null, "Thái Nguyên", null,
                "tỉnh Thái Nguyên", null, "TỈNH ỦY THÁI NGUYÊN", null, null, p.signer(), 2026, 2030, null,
                p.status(), null, p.reportingRule(), "CHƯƠNG TRÌNH HÀNH ĐỘNG",
                vn.kehoachxa.domain.plan.IssuerLevel.PROVINCE, vn.kehoachxa.domain.plan.PartyRules.UNSTATED);

        assertThat(ExportFileNames.forPlan(plan, ".docx"))
                .isEqualTo("Chuong-trinh-hanh-dong-CTr-TU-03-Thai-Nguyen.docx");
    }
}
