package vn.kehoachxa.exchange.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.testsupport.Rows;

/** The three real plans in {@code samples/}: they load, round-trip byte for byte, and say what the seeds say. */
class PlanSamplesTest {
    private static final Path SAMPLES = Path.of("../samples");

    private static PlanDocument sample(String name) {
        return PlanFiles.read(SAMPLES.resolve(name + PlanFiles.EXTENSION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void sampleWritesBackByteIdenticalToTheCommittedFile(String name) throws Exception {
        byte[] committed = Files.readAllBytes(SAMPLES.resolve(name + PlanFiles.EXTENSION));
        assertThat(PlanFiles.toBytes(sample(name))).isEqualTo(committed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void bundledSampleOnTheClasspathEqualsTheFileInSamples(String name) {
        assertThat(PlanFiles.bundledSamples()).contains(name);
        assertThat(PlanFiles.toBytes(PlanFiles.readBundledSample(name))).isEqualTo(PlanFiles.toBytes(sample(name)));
    }

    @Test
    void muongLaTargetNineIsTheFourToSixDoctorsRowLedByTheCultureOffice() {
        PlanDocument doc = sample("muong-la");
        AssignmentItem nine = Rows.target(doc, "9");
        assertThat(nine.content()).isEqualTo("Phấn đấu trạm có ít nhất từ 4-6 bác sĩ");
        assertThat(nine.leads()).containsExactly(Assignee.unit("Phòng Văn hoá - Xã hội"));
        assertThat(nine.cooperating()).containsExactly(Assignee.generic("Các cơ quan, đơn vị"));
        assertThat(nine.deadline().originalText()).isEqualTo("Năm 2027");
        assertThat(nine.deadline().kind()).isEqualTo(DeadlineKind.BY_YEAR);
        assertThat(nine.deadline().year()).isEqualTo(2027);
        Indicator doctors = indicator(doc, nine.indicatorCode());
        IndicatorTarget range = doctors.targets().getFirst();
        assertThat(range.kind()).isEqualTo(TargetKind.RANGE);
        assertThat(range.value()).isEqualByComparingTo("4");
        assertThat(range.upperValue()).isEqualByComparingTo("6");
        assertThat(range.year()).isEqualTo(2027);
    }

    @Test
    void muongLaHasThirteenTargetsInFiveGroupsNumberedContinuously() {
        List<AssignmentGroup> groups = sample("muong-la").targetGroups();
        // The original's numbers are the numbers by place, so the file holds no labels of its own.
        RowNumbers numbers = RowNumbers.ofMatrix(groups, TableKind.TARGET_MATRIX);
        assertThat(groups).extracting(AssignmentGroup::label).containsOnlyNulls();
        assertThat(groups).extracting(numbers::of).containsExactly("I.", "II.", "III.", "IV.", "V.");
        assertThat(PlanDocument.flatten(groups)).extracting(numbers::of)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(groups.get(4).items().get(2).leads()).containsExactly(Assignee.unit("BHXH cơ sở Mường La"));
    }

    @Test
    void muongLaTaskMatrixHasSixGroupsWithRowSixSplitIntoFourSubRows() {
        List<AssignmentGroup> groups = sample("muong-la").taskGroups();
        assertThat(groups).extracting(g -> g.items().size()).containsExactly(10, 8, 2, 2, 2, 3);
        AssignmentItem six = groups.getFirst().items().get(5);
        RowNumbers numbers = RowNumbers.ofMatrix(groups, TableKind.TASK_MATRIX);
        assertThat(groups).extracting(numbers::of).containsExactly("1.", "II.", "III.", "IV.", "V.", "VI.");
        assertThat(numbers.of(six)).isEqualTo("6");
        assertThat(six.children()).extracting(numbers::of).containsExactly("6.1", "6.2", "6.3", "6.4");
        // The original's first group reads "1." before "II.": its own label, kept.
        assertThat(groups).extracting(AssignmentGroup::label).containsExactly("1.", null, null, null, null, null);
        assertThat(six.children().getFirst().leads()).containsExactly(Assignee.unit("Công an xã"));
        assertThat(PlanDocument.flatten(groups)).hasSize(31);
    }

    @Test
    void muongLaKeepsTwoLeadRowsAndConditionalDeadlines() {
        List<AssignmentGroup> groups = sample("muong-la").taskGroups();
        AssignmentItem nine = groups.getFirst().items().get(8);
        assertThat(nine.leads()).containsExactly(Assignee.unit("Phòng Văn hoá - Xã hội"), Assignee.unit("Trạm Y tế"));
        AssignmentItem decree = groups.get(1).items().get(6);
        assertThat(decree.deadline().kind()).isEqualTo(DeadlineKind.CONDITIONAL);
        assertThat(decree.deadline().originalText()).isEqualTo("Sau khi Chính phủ, ban hành Nghị định");
        AssignmentItem range = groups.getFirst().items().get(4);
        assertThat(range.deadline().kind()).isEqualTo(DeadlineKind.YEAR_RANGE);
        assertThat(range.deadline().endYear()).isEqualTo(2030);
    }

    @Test
    void muongLaAssigneesSpelledDifferentlyStillNameOneHealthStation() {
        PlanDocument doc = sample("muong-la");
        UnitReferences refs = UnitReferences.of(doc.units());
        assertThat(refs.find("Trạm Y Tế xã")).containsSame(refs.find("Trạm Y tế").orElseThrow());
        assertThat(doc.units()).extracting(u -> u.name()).doesNotHaveDuplicates()
                .contains("Phòng Văn hoá - Xã hội", "Trạm Y tế xã", "Phòng Kinh tế", "Công an xã");
    }

    @Test
    void haDongHasElevenIndicatorsWithStructuredAndOriginalTargets() {
        PlanDocument doc = sample("ha-dong");
        assertThat(doc.plan().family()).isEqualTo(DocumentFamily.PARTY);
        assertThat(doc.plan().type()).isEqualTo(DocumentType.CTR);
        assertThat(doc.plan().numberAndSymbol()).isEqualTo("-CTr/ĐU");
        assertThat(doc.plan().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(doc.indicators()).hasSize(11);
        IndicatorTarget coverage = doc.indicators().getFirst().targets().getFirst();
        assertThat(coverage.originalText()).isEqualTo("≥ 97");
        assertThat(coverage.comparator()).isEqualTo(Comparator.GE);
        assertThat(coverage.value()).isEqualByComparingTo(new BigDecimal("97"));
        IndicatorTarget lifeExpectancy = doc.indicators().get(2).targets().getFirst();
        assertThat(lifeExpectancy.comparator()).isEqualTo(Comparator.GT);
        assertThat(lifeExpectancy.value()).isEqualByComparingTo("75.5");
        assertThat(doc.indicators().getFirst().note())
                .isEqualTo("Theo Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị là 98%");
        assertThat(doc.plan().signer().name()).isEqualTo("Vũ Đức Hạnh");
        assertThat(doc.recipients().getFirst().note()).isEqualTo("(để báo cáo)");
    }

    @Test
    void haDongTaskGroupsEndWithTheirAssignmentNotes() {
        Section tasks = sample("ha-dong").sections().get(2);
        assertThat(tasks.kind()).isEqualTo(SectionKind.TASKS);
        assertThat(tasks.children()).hasSize(6).allSatisfy(g -> assertThat(g.blocks()).anySatisfy(
                b -> assertThat(b.kind()).isEqualTo(BlockKind.NOTE)));
        assertThat(tasks.children().get(1).blocks()).filteredOn(b -> b.kind() == BlockKind.SUB_BULLET).hasSize(2);
    }

    @Test
    void haiDuongHasFiveContentGroupsWithTheirSubsections() {
        PlanDocument doc = sample("hai-duong");
        Section content = doc.sections().get(2);
        assertThat(content.heading()).isEqualTo("NỘI DUNG CỤ THỂ");
        assertThat(content.children()).hasSize(5)
                .allSatisfy(g -> assertThat(g.kind()).isEqualTo(SectionKind.TASK_GROUP));
        assertThat(content.children()).extracting(g -> g.children().size()).containsExactly(7, 4, 5, 4, 0);
        assertThat(content.children().get(2).children()).extracting(Section::heading).containsExactly("Mục đích",
                "Nội dung thực hiện", "Hình thức triển khai", "Đơn vị thực hiện", "Thời gian thực hiện");
        assertThat(doc.indicatorGroups()).isEmpty();
        assertThat(doc.taskGroups()).isEmpty();
    }

    @Test
    void haiDuongKeepsItsReportingRuleRecipientsAndSigner() {
        PlanDocument doc = sample("hai-duong");
        var rule = doc.plan().reportingRule();
        assertThat(rule.quarterly() && rule.halfYear() && rule.yearly()).isTrue();
        assertThat(rule.deadlineDay()).isEqualTo(20);
        assertThat(rule.dayCounts()).isFalse();
        assertThat(rule.originalText()).contains("trước ngày 20 của tháng cuối kỳ");
        assertThat(doc.recipients()).extracting(r -> r.name()).containsExactly("UBND thành phố", "Sở Y tế thành phố",
                "Trung tâm Y tế Hải Dương", "TT Đảng ủy, TT HĐND, Lãnh đạo UBND, UB MTTQ phường",
                "Các phòng, đơn vị thuộc phường", "Các Trạm Y tế; cơ sở giáo dục", "Các Tổ dân phố",
                "Lưu VT, VHXH");
        var signer = doc.plan().signer();
        assertThat(List.of(signer.authority(), signer.deputyMark(), signer.title(), signer.name()))
                .containsExactly("TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Thuỷ");
        assertThat(doc.sections().get(4).children().get(1).kind()).isEqualTo(SectionKind.REPORTING);
    }

    private static Indicator indicator(PlanDocument doc, String code) {
        return doc.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
