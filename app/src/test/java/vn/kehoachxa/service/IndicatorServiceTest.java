package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.edit.Removal;
import vn.kehoachxa.domain.edit.Reported;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.ReportedPlans;
import vn.kehoachxa.testsupport.Reports;

class IndicatorServiceTest {
    @TempDir
    Path dir;
    Database db;
    IndicatorService indicators;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        indicators = new IndicatorService(db);
        planId = ReportedPlans.muongLaWithReports(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void reportedCountsResultsUnitsAndPeriods() {
        long id = firstIndicator();

        assertThat(indicators.reported(id)).isEqualTo(new Reported(2, 1, 1));
        assertThat(indicators.reportedInGroup(indicators.groups(planId).get(0).id())).isEqualTo(new Reported(2, 1, 1));
        assertThat(indicators.reported(indicators.groups(planId).get(0).indicators().get(1).id()))
                .isEqualTo(Reported.NONE);
    }

    @Test
    void deletingAnIndicatorReturnsItsResultsAndTakesThemAway() {
        long id = firstIndicator();

        Removal removal = indicators.delete(id);

        assertThat(removal.reported()).isEqualTo(new Reported(2, 1, 1));
        assertThat(removal.count("INDICATOR_RESULT")).isEqualTo(2);
        assertThat(Reports.results(db, planId)).isEmpty();
        assertThat(indicators.groups(planId).get(0).indicators()).noneMatch(i -> i.id() == id);
    }

    @Test
    void restoringADeletedIndicatorBringsBackTheSameIdsAndResults() {
        PlanDocument before = document();
        var results = Reports.results(db, planId);
        long id = before.indicators().get(0).id();

        indicators.restore(indicators.delete(id));

        assertThat(document()).isEqualTo(before);
        assertThat(Reports.results(db, planId)).isEqualTo(results).isNotEmpty();
    }

    @Test
    void restoringAnIndicatorInTheMiddlePutsItBackInItsPlace() {
        PlanDocument before = document();
        long second = before.indicators().get(1).id();

        indicators.restore(indicators.delete(second));

        assertThat(document()).isEqualTo(before);
    }

    @Test
    void restoringADeletedGroupBringsBackItsIndicatorsAndResults() {
        PlanDocument before = document();
        var results = Reports.results(db, planId);
        IndicatorGroup group = indicators.groups(planId).get(0);

        Removal removal = indicators.deleteGroup(group.id());
        assertThat(indicators.groups(planId)).noneMatch(g -> g.id() == group.id());
        indicators.restore(removal);

        assertThat(document()).isEqualTo(before);
        assertThat(Reports.results(db, planId)).isEqualTo(results);
    }

    @Test
    void aDeletedIndicatorCanBeDeletedAndRestoredAgain() {
        PlanDocument before = document();
        long id = firstIndicator();

        indicators.restore(indicators.delete(id));
        indicators.restore(indicators.delete(id));

        assertThat(document()).isEqualTo(before);
    }

    private long firstIndicator() {
        return indicators.groups(planId).get(0).indicators().get(0).id();
    }

    private PlanDocument document() {
        return db.read(store -> store.documents().load(planId));
    }
}
