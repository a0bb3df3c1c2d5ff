package vn.kehoachxa.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.PlanReadiness;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.PlanTemplates;
import vn.kehoachxa.testsupport.AppDriver;

/** Tổng quan lists what a plan made from the template still lacks, each naming where, and opens the screen. */
class ReadinessUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aTemplatePlanIsNotReadyUntilItsBlanksAreFilledAndEachProblemOpensItsScreen() {
        try (Database db = Database.open(dataDir)) {
            CommuneProfile profile = new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La", "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null,
                    "Mường La", List.of(), List.of());
            new CommuneService(db).save(profile);
            new PlanService(db).create(PlanTemplates.resolution72(profile, 2026, 2030));
        }
        app = new AppDriver(dataDir).start();
        ListView<PlanReadiness.Problem> missing = app.waitFor("#missing");
        app.until(() -> !missing.getItems().isEmpty());

        List<String> texts = missing.getItems().stream().map(PlanReadiness.Problem::text).toList();
        assertThat(texts).contains("Chưa có số văn bản.", "Chưa có ngày ban hành.",
                "Chưa có người ký (cần chức vụ và họ tên).",
                "Thông tin kế hoạch › Căn cứ 3: còn chỗ trống \"…\" chưa điền.");
        assertThat(((Label) app.lookup("#missingTitle").query()).getText())
                .isEqualTo("Còn " + texts.size() + " điểm cần hoàn thiện trước khi ban hành");
        app.screenshot("readiness-1-template-not-ready");

        int basis = texts.indexOf("Thông tin kế hoạch › Căn cứ 3: còn chỗ trống \"…\" chưa điền.");
        app.fx(() -> {
            missing.getSelectionModel().select(basis);
            missing.scrollTo(basis);
        });
        app.doubleClickOn(".missing-list .list-cell:selected");
        app.waitFor("#basisHolder");
        app.until(() -> app.lookup("#basisHolder").query().isVisible());
        app.screenshot("readiness-2-opened-plan-info");
    }
}
