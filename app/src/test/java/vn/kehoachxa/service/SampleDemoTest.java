package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;

/** A sample opens as a demo (decision 0036): marked, its units apart from the office's list, deleted in one step. */
class SampleDemoTest {
    @TempDir
    Path dir;
    private Database db;
    private PlanService plans;
    private UnitService units;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        plans = new PlanService(db);
        units = new UnitService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSampleLeavesTheOfficesUnitListAsItWasAndIsMarked() {
        Unit own = units.add(Unit.named("Trạm Y tế xã", UnitKind.HEALTH).withEmail("tramyte@muongla.vn"));
        List<Unit> before = units.all();

        long demoId = plans.openSample("muong-la");

        assertThat(units.all()).isEqualTo(before);
        PlanSummary summary = plans.list().stream().filter(p -> p.id() == demoId).findFirst().orElseThrow();
        assertThat(summary.demo()).isTrue();
        PlanDocument demo = plans.load(demoId);
        assertThat(demo.plan().identity().demo()).isTrue();
        // The demo still names its units (its matrices print them), as its own rows, not the office's.
        assertThat(demo.units()).isNotEmpty().extracting(Unit::id).doesNotContain(own.id());
        assertThat(demo.units()).extracting(Unit::name).contains("Trạm Y tế xã");
        assertThat(units.all()).singleElement().extracting(Unit::email).isEqualTo("tramyte@muongla.vn");
    }

    @Test
    void openingTheSameSampleAgainOpensTheDemoAlreadyThere() {
        long first = plans.openSample("hai-duong");
        assertThat(plans.openSample("hai-duong")).isEqualTo(first);
        assertThat(plans.list()).hasSize(1);
    }

    @Test
    void aDemoIsDeletedWithItsOwnUnitsAndNothingOfTheOffice() {
        long office = plans.create(PlanFiles.readBundledSample("ha-dong"));
        List<Unit> officeUnits = units.all();
        long demoId = plans.openSample("muong-la");

        plans.deleteDemo(demoId);

        assertThat(plans.list()).extracting(PlanSummary::id).containsExactly(office);
        assertThat(units.all()).isEqualTo(officeUnits);
        int left = db.read(store -> store.units().everyScope().size());
        assertThat(left).isEqualTo(officeUnits.size());
    }

    @Test
    void aPlanOfTheOfficeIsNotDeletedAsADemo() {
        long office = plans.create(PlanFiles.readBundledSample("ha-dong"));
        assertThatThrownBy(() -> plans.deleteDemo(office)).isInstanceOf(DomainException.class)
                .hasMessageContaining("không phải bản mẫu");
        assertThat(plans.list()).hasSize(1);
    }

    @Test
    void importingARealPlanFileStillAddsItsUnitsToTheOfficesList() throws Exception {
        Path file = dir.resolve("muong-la.kehoach.json");
        vn.kehoachxa.files.SafeFiles.write(file, PlanFiles.toBytes(PlanFiles.readBundledSample("muong-la")));
        plans.openSample("muong-la");
        assertThat(units.all()).isEmpty();

        long imported = new PlanImportService(db).importFile(file, ClashPolicy.REFUSE);

        assertThat(plans.load(imported).plan().identity().demo()).isFalse();
        assertThat(units.all()).extracting(Unit::name).containsAll(
                plans.load(imported).units().stream().map(Unit::name).toList()).isNotEmpty();
    }
}
