package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.TestPlans;

class UnitServiceTest {
    @TempDir
    Path dir;
    Database db;
    UnitService units;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        units = new UnitService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Unit named(String name) {
        return units.all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNameDifferingOnlyByToneMarkPlacementOrSpacingIsTheSameUnit() {
        units.add(Unit.named("Phòng Văn hóa - Xã hội", UnitKind.OFFICE));

        assertThatThrownBy(() -> units.add(Unit.named("phòng văn hóa- xã hội", UnitKind.OFFICE)))
                .isInstanceOf(DomainException.class).hasMessageContaining("trùng với đơn vị đã có");
    }

    @Test
    void renamingToAnotherUnitsNameIsRefused() {
        units.add(Unit.named("Trạm Y tế", UnitKind.HEALTH));
        Unit police = units.add(Unit.named("Công an xã", UnitKind.POLICE));

        assertThatThrownBy(() -> units.update(new Unit(police.id(), "Trạm y tế", null, UnitKind.POLICE, null, true)))
                .isInstanceOf(DomainException.class);
        units.update(new Unit(police.id(), "Công an xã Mường La", "CA", UnitKind.POLICE, "ca@example.vn", true));
        assertThat(named("Công an xã Mường La").email()).isEqualTo("ca@example.vn");
    }

    @Test
    void aDeactivatedUnitStaysButIsMarkedInactive() {
        Unit u = units.add(Unit.named("Trường Mầm non", UnitKind.SCHOOL));

        units.deactivate(u.id());

        assertThat(named("Trường Mầm non").active()).isFalse();
    }

    @Test
    void mergingMovesEveryAssignmentAndSubmissionToTheSurvivingUnit() {
        PlanService plans = new PlanService(db);
        long planId = plans.create(TestPlans.muongLa());
        Unit health = named("Trạm Y tế");
        Unit culture = named("Phòng Văn hoá - Xã hội");
        long periodId = db.inTransaction(store -> {
            ReportingPeriod p = store.reporting().insertPeriod(new ReportingPeriod(null, planId, PeriodKind.QUARTER,
                    2026, 1, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 19), null,
                    null, null));
            for (Unit u : List.of(health, culture)) {
                store.reporting().insertSubmission(new UnitSubmission(null, p.id(), u.id(), 1,
                        LocalDate.of(2026, 3, 18), SubmissionSource.PAPER, null, null, null));
            }
            return p.id();
        });

        units.merge(health.id(), culture.id());

        assertThat(units.all()).extracting(Unit::name).doesNotContain("Trạm Y tế");
        PlanDocument doc = plans.load(planId);
        AssignmentItem six = doc.taskGroups().get(0).items().get(1);
        assertThat(six.leads()).extracting(Assignee::name).containsExactly("Phòng Văn hoá - Xã hội");
        assertThat(six.children()).allSatisfy(c -> assertThat(c.leads()).extracting(Assignee::name)
                .containsExactly("Phòng Văn hoá - Xã hội"));
        List<UnitSubmission> subs = db.read(store -> store.reporting().submissions(periodId));
        assertThat(subs).extracting(UnitSubmission::unitId).containsOnly(culture.id());
        assertThat(subs).extracting(UnitSubmission::version).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aUnitCannotBeMergedWithItself() {
        Unit u = units.add(Unit.named("Trạm Y tế", UnitKind.HEALTH));

        assertThatThrownBy(() -> units.merge(u.id(), u.id())).isInstanceOf(DomainException.class);
    }
}
