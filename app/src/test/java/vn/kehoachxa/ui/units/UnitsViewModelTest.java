package vn.kehoachxa.ui.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.edit.UnitMerge;
import vn.kehoachxa.domain.edit.UnitUsage;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.persistence.ReportingCycleRepository.Assignment;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;
import vn.kehoachxa.testsupport.ReportedPlans;
import vn.kehoachxa.testsupport.Reports;

/** Đơn vị's edits and their undo and redo, on real H2 with the Mường La plan and the health station's reports. */
class UnitsViewModelTest {
    @TempDir
    Path dir;
    Database db;
    UnitsViewModel model;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        planId = ReportedPlans.muongLaWithReports(db);
        model = new UnitsViewModel(new UnitService(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void renameThenDeleteThenUndoTwiceBringsTheUnitBackUnderItsIdWithItsOldName() throws Exception {
        Unit added = model.add("Tổ công nghệ số cộng đồng");
        model.rename(added, "Tổ CNS cộng đồng");
        model.delete(added.id());
        assertThat(model.all()).extracting(Unit::id).doesNotContain(added.id());

        model.undoLast();
        assertThat(unit(added.id()).name()).isEqualTo("Tổ CNS cộng đồng");
        model.undoLast();
        assertThat(unit(added.id())).isEqualTo(added);

        model.redoLast();
        model.redoLast();
        assertThat(model.all()).extracting(Unit::id).doesNotContain(added.id());
        model.undoLast();
        assertThat(unit(added.id()).name()).isEqualTo("Tổ CNS cộng đồng");
    }

    @Test
    void deactivateAndReactivateAreUndoneAndRedone() throws Exception {
        Unit health = named("Trạm Y tế xã");
        model.deactivate(health.id());
        model.reactivate(health.id());
        model.deactivate(health.id());

        model.undoLast();
        assertThat(unit(health.id()).active()).isTrue();
        model.undoLast();
        assertThat(unit(health.id()).active()).isFalse();
        model.undoLast();
        assertThat(unit(health.id())).isEqualTo(health);
        model.redoLast();
        assertThat(unit(health.id()).active()).isFalse();
    }

    @Test
    void aUnitInAMatrixWithReportsIsNotDeletedAndTheRefusalNamesEveryPlace() {
        Unit health = named("Trạm Y tế xã");
        State before = state();

        UnitUsage usage = model.usage(health.id());

        assertThat(usage.any()).isTrue();
        assertThat(usage.tasks().lead()).isPositive();
        assertThat(usage.submissions()).isEqualTo(2);
        assertThat(usage.periods()).isEqualTo(1);
        assertThat(usage.results()).isEqualTo(2);
        assertThat(usage.progress()).isEqualTo(2);
        assertThat(usage.plans()).isEqualTo(1);
        assertThat(usage.describe()).startsWith("Đơn vị \"Trạm Y tế xã\" chủ trì " + usage.tasks().lead()
                + " nhiệm vụ").contains("có 2 lần báo cáo trong 1 kỳ (2 kết quả chỉ tiêu, 2 kết quả thực hiện "
                + "nhiệm vụ)", "có tên trong danh sách đơn vị của 1 kế hoạch");
        assertThatThrownBy(() -> model.delete(health.id())).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Không xóa được: " + usage.describe()).hasMessageContaining("gộp");
        assertThat(model.history().canUndo()).isFalse();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void mergeThenUndoPutsEveryReferenceBackAndRedoMergesAgain() throws Exception {
        Unit health = named("Trạm Y tế xã");
        Unit into = sharingARoleWith(health);
        State before = state();

        UnitMerge merge = model.merge(health.id(), into.id());
        State merged = state();
        assertThat(merge.dropped()).isNotEmpty();
        assertThat(merged.units()).extracting(Unit::id).doesNotContain(health.id());
        assertThat(merged.assignments()).extracting(Assignment::unitId).doesNotContain(health.id());
        assertThat(merged.submissions()).extracting(UnitSubmission::unitId).containsOnly(into.id());
        assertThat(merged.doc().units()).extracting(Unit::id).contains(into.id()).doesNotContain(health.id());

        model.undoLast();
        assertThat(state()).isEqualTo(before);

        model.redoLast();
        assertThat(state()).isEqualTo(merged);
        model.undoLast();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void renameThenMergeThenUndoTwiceGivesBackTheMergedUnitWithItsFirstName() throws Exception {
        Unit health = named("Trạm Y tế xã");
        Unit culture = named("Phòng Văn hoá - Xã hội");
        State before = state();
        model.rename(health, "Trạm Y tế xã Mường La");
        model.merge(health.id(), culture.id());

        model.undoLast();
        assertThat(unit(health.id()).name()).isEqualTo("Trạm Y tế xã Mường La");
        model.undoLast();
        assertThat(state()).isEqualTo(before);
    }

    /** A unit that holds the same role as {@code unit} on some row, so merging drops that duplicate assignment. */
    private Unit sharingARoleWith(Unit unit) {
        Map<String, List<Long>> byPlace = state().assignments().stream().collect(Collectors.groupingBy(
                a -> a.itemId() + "/" + a.indicatorId() + "/" + a.role(),
                Collectors.mapping(Assignment::unitId, Collectors.toList())));
        long other = byPlace.values().stream().filter(ids -> ids.contains(unit.id()) && ids.size() > 1)
                .flatMap(List::stream).filter(id -> id != unit.id()).findFirst().orElseThrow();
        return unit(other);
    }

    /** Everything a merge touches, with ids: units, the plan, who is assigned where, reports and their figures. */
    private record State(List<Unit> units, PlanDocument doc, List<Assignment> assignments,
                         List<UnitSubmission> submissions, List<IndicatorResult> results,
                         List<TaskProgress> progress) {
    }

    private State state() {
        List<Assignment> assignments = db.read(store -> store.reportingCycle().assignments(planId)).stream()
                .sorted(Comparator.comparing((Assignment a) -> String.valueOf(a.itemId()))
                        .thenComparing(a -> String.valueOf(a.indicatorId())).thenComparing(Assignment::role)
                        .thenComparing(Assignment::position)).toList();
        List<UnitSubmission> submissions = db.read(store -> store.reporting().periods(planId).stream()
                .flatMap(p -> store.reporting().submissions(p.id()).stream())
                .sorted(Comparator.comparing(UnitSubmission::id)).toList());
        return new State(model.all(), new PlanService(db).load(planId), assignments, submissions,
                Reports.results(db, planId), Reports.progress(db, planId));
    }

    private Unit named(String name) {
        return model.all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private Unit unit(long id) {
        return model.all().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }
}
