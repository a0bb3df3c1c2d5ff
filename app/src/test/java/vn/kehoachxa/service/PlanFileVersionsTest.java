package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.IssueRecord;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;

/** An issued plan and its revision moved to another computer by plan file stay issued and linked (issue 14.3). */
class PlanFileVersionsTest {
    @TempDir
    Path dir;

    @Test
    void anIssuedRevisionMovedToAnotherComputerStaysIssuedAndLinked() throws Exception {
        Path original = dir.resolve("KH-12.kehoach.json");
        Path revised = dir.resolve("KH-45.kehoach.json");
        IssueRecord signed;
        try (Database office = Database.open(dir.resolve("office"))) {
            long id = new PlanImportService(office).importFile(PlanVersionServiceTest.MUONG_LA, ClashPolicy.REFUSE);
            PlanVersionService versions = new PlanVersionService(office);
            versions.issue(id, "12", LocalDate.of(2026, 1, 5), null);
            long revision = versions.revise(id);
            signed = versions.issue(revision, "45", LocalDate.of(2027, 1, 15),
                    Files.writeString(dir.resolve("KH-45.pdf"), "%PDF signed"));
            new PlanExportService(office).toPlanFile(id, original);
            new PlanExportService(office).toPlanFile(revision, revised);
        }
        assertThat(Files.readString(revised)).contains("\"revises\"").contains("\"signedSha256\"");

        try (Database home = Database.open(dir.resolve("home"))) {
            PlanImportService imports = new PlanImportService(home);
            long first = imports.importFile(original, ClashPolicy.REFUSE);
            assertThat(new PlanService(home).load(first).plan().status()).isEqualTo(PlanStatus.SUPERSEDED);
            long second = imports.importFile(revised, ClashPolicy.REFUSE);

            Plan p = new PlanService(home).load(second).plan();
            assertThat(p.status()).isEqualTo(PlanStatus.ISSUED);
            assertThat(p.numberAndSymbol()).isEqualTo("45/KH-UBND");
            assertThat(p.revisesPlanId()).isEqualTo(first);
            assertThat(new PlanVersionService(home).issueRecord(second)).contains(signed);
            assertThatThrownBy(() -> new PlanService(home).updateBasisDocuments(second, java.util.List.of("X")))
                    .isInstanceOf(DomainException.class).hasMessageContaining("đã ban hành");
        }
    }

    @Test
    void anIssuedPlanInAFileWithoutIssueDataStaysIssued() throws Exception {
        // A file written before the issue step existed: status ISSUED, no "issue" and no "revises".
        String text = Files.readString(PlanVersionServiceTest.MUONG_LA)
                .replace("\"status\": \"DRAFT\"", "\"status\": \"ISSUED\"")
                .replace("\"number\": null", "\"number\": \"12\"");
        Path file = Files.writeString(dir.resolve("old.kehoach.json"), text);

        assertThat(PlanFiles.readContent(file).versions().issue()).isNull();
        try (Database db = Database.open(dir.resolve("data"))) {
            long id = new PlanImportService(db).importFile(file, ClashPolicy.REFUSE);
            assertThat(new PlanService(db).load(id).plan().status()).isEqualTo(PlanStatus.ISSUED);
            assertThat(new PlanVersionService(db).issueRecord(id)).isEmpty();
        }
    }
}
