package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.service.reporting.PeriodOverview;

/** The periodic report's header follows its plan's issuer level, Party rules and printed type name. */
class PeriodicReportHeaderTest {
    @Test
    void aProvincialPartyProgrammesReportIsHeadedAsTheProvinceAndCitesTheProgrammeByItsPrintedName() {
        Plan plan = new Plan(7L, DocumentFamily.PARTY, DocumentType.CTR, "03", "CTr/TU", LocalDate.of(2025, 10, 30),
                "Thái Nguyên", null, "tỉnh Thái Nguyên", null, "TỈNH ỦY THÁI NGUYÊN", null, null,
                new Signer("T/M BAN THƯỜNG VỤ", null, "BÍ THƯ", "Nguyễn Văn A"), 2026, 2030, 2045, PlanStatus.ISSUED,
                null, ReportingRule.standard(), "CHƯƠNG TRÌNH HÀNH ĐỘNG", IssuerLevel.PROVINCE, PartyRules.HD05_2026);
        LocalDate end = LocalDate.of(2026, 6, 30);
        PeriodOverview period = new PeriodOverview(new ReportingPeriod(1L, 7L, PeriodKind.HALF_YEAR, 2026, 1,
                LocalDate.of(2026, 1, 1), end, end, null, null, null), "6 tháng đầu năm 2026", "6T1-2026", 0, 0, 0,
                0, 0);
        PeriodicReport report = new PeriodicReport(1L, "5", LocalDate.of(2026, 6, 18), Map.of(),
                java.time.LocalDateTime.of(2026, 6, 18, 9, 0), false);

        Plan header = PeriodicReportService.header(plan, report, period, null);

        assertThat(header.type()).isEqualTo(DocumentType.BC);
        assertThat(header.typeName()).isNull();
        assertThat(header.issuerLevel()).isEqualTo(IssuerLevel.PROVINCE);
        assertThat(header.partyRules()).isEqualTo(PartyRules.HD05_2026);
        assertThat(header.summary()).startsWith("Kết quả thực hiện Chương trình hành động số 03-CTr/TU ngày 30/10/2025");
    }
}
