package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.WeekendPolicy;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.testsupport.TestPlans;

class PlanInfoViewModelTest {
    @TempDir
    Path dir;
    Database db;
    PlanService plans;
    PlanInfoViewModel model;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        plans = new PlanService(db);
        planId = plans.create(TestPlans.muongLa());
        model = new PlanInfoViewModel(plans);
        model.open(planId);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyKindOfEditIsSavedAndUndoneInReverseOrder() throws Exception {
        List<String> basis = List.of("Nghị quyết số 282/NQ-CP", "Nghị quyết số 72-NQ/TW");
        ReportingRule rule = new ReportingRule(false, true, true, true, 15, true, WeekendPolicy.KEEP, 11, 10, "x");
        model.setBasisDocuments("căn cứ", basis);
        model.setRecipients("nơi nhận", List.of(new Recipient("Sở Y tế tỉnh Sơn La", "(để báo cáo)")));
        model.setAppendices("phụ lục", List.of(new Appendix(TableKind.INDICATORS, false, null, null),
                new Appendix(TableKind.TARGET_MATRIX, true, "MỤC TIÊU", null),
                new Appendix(TableKind.TASK_MATRIX, true, null, "Nhiệm vụ")));
        model.apply("thể thức", p -> PlanEdits.withKind(p, DocumentFamily.PARTY, DocumentType.CTR));
        model.apply("chế độ báo cáo", p -> PlanEdits.withRule(PlanEdits.withYears(p, 2027, 2031, null), rule));

        var stored = plans.load(planId);
        assertThat(stored.basisDocuments()).isEqualTo(basis);
        assertThat(stored.recipients()).extracting(Recipient::note).containsExactly("(để báo cáo)");
        assertThat(stored.appendix(TableKind.TARGET_MATRIX).title()).isEqualTo("MỤC TIÊU");
        assertThat(stored.plan().family()).isEqualTo(DocumentFamily.PARTY);
        assertThat(stored.plan().reportingRule()).isEqualTo(rule);
        assertThat(stored.plan().startYear()).isEqualTo(2027);
        assertThat(stored.plan().visionYear()).isNull();

        for (int i = 0; i < 5; i++) {
            model.undoLast();
        }
        var back = plans.load(planId);
        var original = TestPlans.muongLa();
        assertThat(back.basisDocuments()).isEqualTo(original.basisDocuments());
        assertThat(back.recipients()).isEqualTo(original.recipients());
        assertThat(back.printedAppendices()).extracting(Appendix::table)
                .containsExactly(TableKind.INDICATORS, TableKind.TARGET_MATRIX, TableKind.TASK_MATRIX);
        // The global id is the database's (decision 0037); the rest is back as it was.
        assertThat(back.plan().withId(null).withIdentity(back.plan().identity().withGlobalId(null)))
                .isEqualTo(original.plan());
        assertThat(model.history().canUndo()).isFalse();
    }

    @Test
    void anEditThatChangesNothingLeavesNoUndoStep() {
        model.setBasisDocuments("căn cứ", TestPlans.muongLa().basisDocuments());
        model.apply("số", p -> PlanEdits.withNumber(p, null));
        assertThat(model.history().canUndo()).isFalse();
    }

    @Test
    void redoAfterUndoSavesTheEditAgain() throws Exception {
        model.open(planId);
        model.setBasisDocuments("căn cứ", List.of("Nghị quyết số 72-NQ/TW"));
        model.undoLast();
        assertThat(plans.load(planId).basisDocuments()).isEqualTo(TestPlans.muongLa().basisDocuments());

        model.redoLast();

        assertThat(plans.load(planId).basisDocuments()).containsExactly("Nghị quyết số 72-NQ/TW");
        assertThat(model.history().canRedo()).isFalse();
    }

    @Test
    void issuingThePlanForgetsItsUndoStepsForTheTextIsFrozen() throws Exception {
        model.apply("số", p -> PlanEdits.withNumber(p, "12"));
        assertThat(model.history().canUndo()).isTrue();

        new vn.kehoachxa.service.PlanVersionService(db).issue(planId, "12", java.time.LocalDate.of(2026, 1, 5), null);
        model.open(planId);

        assertThat(model.history().canUndo()).as("an issued plan's steps could only fail").isFalse();
        assertThat(model.undoLast()).isNotNull();
        assertThat(plans.load(planId).plan().number()).isEqualTo("12");
    }
}
