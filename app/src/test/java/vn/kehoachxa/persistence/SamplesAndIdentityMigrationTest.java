package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanIdentity;

/**
 * Migration V15 on a database left by the previous version: every plan gets its own global id, none is a demo, the
 * office's units stay unique by name.
 */
class SamplesAndIdentityMigrationTest {
    @TempDir
    Path dir;

    @Test
    void everyPlanGetsItsOwnGlobalIdAndStaysTheOffices() throws Exception {
        String url = OlderDatabase.withOnePlan(dir, "13");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO plan (id, family, doc_type, symbol, place, summary, commune_name, issuing_body,"
                    + " start_year, end_year) VALUES (2, 'PARTY', 'CTR', 'CTr/ĐU', 'Hà Đông', 'Chương trình',"
                    + " 'Hà Đông', 'ĐẢNG ỦY XÃ HÀ ĐÔNG', 2026, 2030)");
            s.execute("INSERT INTO unit (id, name, match_key, kind) VALUES (1, 'Trạm Y tế xã', 'trạm y tế xã',"
                    + " 'HEALTH')");
        }

        try (Database db = Database.open(dir)) {
            Set<String> ids = new HashSet<>();
            for (long id : new long[] {1, 2}) {
                PlanIdentity identity = db.read(store -> store.plans().get(id)).identity();
                assertThat(identity.demo()).isFalse();
                assertThat(identity.globalId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
                ids.add(identity.globalId());
            }
            assertThat(ids).hasSize(2);
            java.util.List<vn.kehoachxa.domain.plan.Unit> units = db.read(store -> store.units().all());
            assertThat(units).extracting(vn.kehoachxa.domain.plan.Unit::name).containsExactly("Trạm Y tế xã");
        }

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO unit (name, match_key, kind) VALUES ('Trạm y tế xã',"
                    + " 'trạm y tế xã', 'HEALTH')")).isInstanceOf(SQLException.class);
            // The same name is allowed once more as a demo plan's own unit.
            s.execute("INSERT INTO unit (name, match_key, kind, demo_plan_id) VALUES ('Trạm Y tế xã',"
                    + " 'trạm y tế xã', 'HEALTH', 2)");
            assertThatThrownBy(() -> s.execute("UPDATE plan SET global_id = NULL WHERE id = 1"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
