package vn.kehoachxa.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TargetKind;

class FallbackWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NUMERIC     | GE | 97    |     |            |            | ≥ 97
            NUMERIC     | GT | 75.50 |     |            |            | > 75,5
            NUMERIC     | EQ | 100   |     |            |            | 100
            RANGE       |    | 4     | 6   |            |            | 4–6
            RELATIVE    | GE | 10    |     |            |            | tăng thêm 10
            QUALITATIVE |    |       |     | toàn dân   |            | toàn dân
            NUMERIC     | GE | 1.5   |     |            | ≥ 1,5 cm   | ≥ 1,5 cm
            """)
    void targetPrintsItsOriginalWordingElseASimpleForm(TargetKind kind, String comparator, BigDecimal value,
                                                        BigDecimal upper, String words, String original,
                                                        String printed) {
        IndicatorTarget target = new IndicatorTarget(2030, kind, comparator == null ? null
                : Comparator.fromSign(comparator), value, upper, null, words, original);
        assertThat(FallbackWording.target(target)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RECURRING   |      |      |    |                                | Thường xuyên
            YEARLY      |      |      |    |                                | Hằng năm
            BY_YEAR     | 2027 |      |    |                                | Năm 2027
            FROM_YEAR   | 2026 |      |    |                                | Từ năm 2026
            BY_MONTH    | 2030 |      | 9  |                                | Đến tháng 9/2030
            BY_QUARTER  | 2026 |      | 6  |                                | Quý II/2026
            YEAR_RANGE  | 2026 | 2030 |    |                                | 2026-2030
            CONDITIONAL |      |      |    | Sau khi Chính phủ ban hành Nghị định | Sau khi Chính phủ ban hành Nghị định
            BY_YEAR     | 2027 |      |    | Trong năm 2027                 | Trong năm 2027
            """)
    void deadlinePrintsItsOriginalWordingElseASimpleForm(DeadlineKind kind, Integer year, Integer endYear,
                                                          Integer month, String original, String printed) {
        assertThat(FallbackWording.deadline(new Deadline(kind, original, year, endYear, month))).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ADMINISTRATIVE | KH  | KH-UBND | ỦY BAN NHÂN DÂN\\nXÃ MƯỜNG LA | Mường La | Kế hoạch số 12/KH-UBND | \
            Ủy ban nhân dân xã Mường La
            ADMINISTRATIVE | KH  | KH-UBND | ỦY BAN NHÂN DÂN\\nPHƯỜNG HẢI DƯƠNG | phường Hải Dương | \
            Kế hoạch số 12/KH-UBND | Ủy ban nhân dân phường Hải Dương
            PARTY | CTR | CTr/ĐU | BAN THƯỜNG VỤ ĐẢNG ỦY XÃ HÀ ĐÔNG | Hà Đông | Chương trình số 12-CTr/ĐU | \
            Ban Thường vụ Đảng ủy xã Hà Đông
            """)
    void attachedLineNamesTheDocumentAndItsIssuerInRunningText(DocumentFamily family, String type, String symbol,
                                                               String issuingBody, String commune, String document,
                                                               String issuer) {
        Plan plan = new Plan(1L, family, DocumentType.fromAbbreviation(type), "12", symbol, LocalDate.of(2026, 1, 5),
                commune, "Tóm tắt", commune, null, issuingBody.replace("\\n", "\n"), null, null, Signer.empty(),
                2026, 2030, null, PlanStatus.ISSUED, null, ReportingRule.standard());
        assertThat(FallbackWording.attachedTo(plan))
                .isEqualTo("(Kèm theo " + document + " ngày 05 tháng 01 năm 2026 của " + issuer + ")");
    }
}
