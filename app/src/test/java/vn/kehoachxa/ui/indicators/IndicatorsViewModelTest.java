package vn.kehoachxa.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.IndicatorService;
import vn.kehoachxa.testsupport.ReportedPlans;
import vn.kehoachxa.testsupport.Reports;
import vn.kehoachxa.ui.assignments.RowFilter;

/** The Chỉ tiêu screen's edit history on a real database, without JavaFX. */
class IndicatorsViewModelTest {
    @TempDir
    Path dir;
    Database db;
    IndicatorsViewModel model;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        planId = ReportedPlans.muongLaWithReports(db);
        model = new IndicatorsViewModel(new IndicatorService(db));
        model.open(planId);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addMoveDeleteRenumberTheRowsAndAFilterKeepsTheirNumbers() throws Exception {
        long added = model.addIndicator(null);
        assertThat(numbers(RowFilter.NONE)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(row(RowFilter.NONE, added).number()).isEqualTo("9");

        model.move(added, -1);
        assertThat(row(RowFilter.NONE, added).number()).isEqualTo("8");
        model.delete(first().id());
        assertThat(numbers(RowFilter.NONE)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(row(RowFilter.NONE, added).number()).isEqualTo("7");

        RowFilter onlyNew = new RowFilter("Chỉ tiêu mới", null);
        assertThat(IndicatorsViewModel.rows(model.groups(), onlyNew)).filteredOn(r -> !r.isGroup())
                .extracting(IndicatorRow::number).containsExactly("7");
    }

    private java.util.List<String> numbers(RowFilter filter) {
        return IndicatorsViewModel.rows(model.groups(), filter).stream().filter(r -> !r.isGroup())
                .map(IndicatorRow::number).toList();
    }

    private IndicatorRow row(RowFilter filter, long id) {
        return IndicatorsViewModel.rows(model.groups(), filter).stream()
                .filter(r -> !r.isGroup() && r.indicator().id() == id).findFirst().orElseThrow();
    }

    @Test
    void renameThenDeleteThenUndoTwiceGivesBackTheOriginalIndicator() throws Exception {
        PlanDocument before = document();
        Indicator first = first();

        model.save(IndicatorsViewModel.withTexts(first, "Tên mới", first.unitOfMeasure(), first.note()));
        model.delete(first.id());
        model.undoLast();
        model.undoLast();

        assertThat(document()).isEqualTo(before);
        assertThat(model.history().canUndo()).isFalse();
    }

    @Test
    void deletingAnIndicatorWithResultsThenUndoBringsBackTheResultsWithTheirIds() throws Exception {
        var results = Reports.results(db, planId);
        long id = first().id();

        assertThat(model.reportedOn(id, false).entries()).isEqualTo(2);
        model.delete(id);
        assertThat(Reports.results(db, planId)).isEmpty();
        model.undoLast();

        assertThat(Reports.results(db, planId)).isEqualTo(results).hasSize(2);
        assertThat(first().id()).isEqualTo(id);
    }

    @Test
    void redoAfterUndoDeletesAgainAndUndoRestoresAgain() throws Exception {
        PlanDocument before = document();
        long id = first().id();

        model.delete(id);
        model.undoLast();
        model.redoLast();
        assertThat(model.find(id)).isEmpty();
        assertThat(Reports.results(db, planId)).isEmpty();
        model.undoLast();

        assertThat(document()).isEqualTo(before);
        assertThat(Reports.results(db, planId)).hasSize(2);
    }

    @Test
    void moveThenDeleteThenUndoTwiceGivesBackTheOrder() throws Exception {
        PlanDocument before = document();
        long id = first().id();

        assertThat(model.move(id, 1)).isTrue();
        model.delete(id);
        model.undoLast();
        model.undoLast();

        assertThat(document()).isEqualTo(before);
    }

    @Test
    void deleteGroupThenUndoThenRedoThenUndo() throws Exception {
        PlanDocument before = document();
        long groupId = model.groups().get(0).id();

        model.deleteGroup(groupId);
        model.undoLast();
        model.redoLast();
        model.undoLast();

        assertThat(document()).isEqualTo(before);
        assertThat(Reports.results(db, planId)).hasSize(2);
    }

    @Test
    void addThenUndoThenRedoKeepsTheSameId() throws Exception {
        long id = model.addIndicator(null);

        model.undoLast();
        assertThat(model.find(id)).isEmpty();
        model.redoLast();

        assertThat(model.find(id)).isPresent();
    }

    private Indicator first() {
        return model.groups().get(0).indicators().get(0);
    }

    private PlanDocument document() {
        return db.read(store -> store.documents().load(planId));
    }
}
