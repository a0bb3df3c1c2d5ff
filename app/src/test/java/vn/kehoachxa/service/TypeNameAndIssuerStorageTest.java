package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.Ids;
import vn.kehoachxa.testsupport.TestPlans;

/** The printed type name and the issuer level are kept by the database, the plan file and a copy. */
class TypeNameAndIssuerStorageTest {
    @TempDir
    Path dir;

    private static PlanDocument provincial() {
        PlanDocument d = TestPlans.muongLa();
        Plan plan = d.plan().withTypeName("CHƯƠNG TRÌNH HÀNH ĐỘNG").withIssuer(IssuerLevel.PROVINCE,
                "tỉnh Sơn La", null, "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA");
        return new PlanDocument(plan, d.basisDocuments(), d.sections(), d.recipients(), d.units(),
                d.indicatorGroups(), d.targetGroups(), d.taskGroups(), d.appendices());
    }

    @Test
    void theDatabaseAndACopyKeepTypeNameAndIssuerLevel() {
        try (Database db = Database.open(dir)) {
            PlanService plans = new PlanService(db);
            long id = plans.create(provincial());

            Plan stored = plans.load(id).plan();
            Plan copy = plans.load(plans.copy(id, true)).plan();

            assertThat(Ids.strip(plans.load(id))).isEqualTo(vn.kehoachxa.domain.plan.RowNumbers.withOwnLabelsOnly(provincial()));
            for (Plan p : new Plan[] {stored, copy}) {
                assertThat(p.typeName()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG");
                assertThat(p.issuerLevel()).isEqualTo(IssuerLevel.PROVINCE);
                assertThat(p.communeName()).isEqualTo("tỉnh Sơn La");
            }
        }
    }

    @Test
    void thePlanFileCarriesThemAndAFileWithoutThemIsACommunePlanWithTheTypesTitle() {
        byte[] bytes = PlanFiles.toBytes(provincial());
        String json = new String(bytes, StandardCharsets.UTF_8);

        PlanDocument back = PlanFiles.read(new ByteArrayInputStream(bytes), "x.kehoach.json");
        String without = json.replace(",\n    \"typeName\": \"CHƯƠNG TRÌNH HÀNH ĐỘNG\"", "")
                .replace(",\n    \"issuerLevel\": \"PROVINCE\"", "");
        Plan old = PlanFiles.read(new ByteArrayInputStream(without.getBytes(StandardCharsets.UTF_8)),
                "old.kehoach.json").plan();

        assertThat(json).contains("\"typeName\": \"CHƯƠNG TRÌNH HÀNH ĐỘNG\"", "\"issuerLevel\": \"PROVINCE\"");
        assertThat(back).isEqualTo(provincial());
        assertThat(without).doesNotContain("typeName", "issuerLevel");
        assertThat(old.typeName()).isNull();
        assertThat(old.issuerLevel()).isEqualTo(IssuerLevel.COMMUNE);
    }
}
