package vn.kehoachxa.persistence.collector;

import static vn.kehoachxa.persistence.collector.jooq.Tables.PROVINCE_COMMUNE;
import static vn.kehoachxa.persistence.collector.jooq.Tables.RECEIVED_PACKAGE;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ServerCheck;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.domain.collect.ServerConnectionException;
import vn.kehoachxa.domain.collect.ServerProblem;

/**
 * "Kiểm tra kết nối" (decision 0046): logs in to the shared server and reads, without changing anything, whether the
 * collector could open there — its schema's state, whether the user may create or write the tables, and how many
 * communes and packages it already holds. PostgreSQL only: the catalogue functions below are PostgreSQL's.
 */
final class ServerInspection {
    private ServerInspection() {
    }

    static ServerCheck inspect(ServerConnection server) {
        DataSource ds = ServerFailures.dataSource(server);
        try (Connection c = ds.getConnection()) {
            c.isValid(ServerFailures.CONNECT_TIMEOUT_SECONDS);
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES, CollectorDatabase.serverSettings());
            ServerCheck.Schema schema = CollectorMigrations.state(ds, server.shown());
            if (schema == ServerCheck.Schema.EMPTY && otherTables(dsl) > 0) {
                // Flyway would refuse a non-empty schema without its history table; say why before anyone saves it.
                throw new ServerConnectionException(ServerProblem.OTHER, Texts.get("serversettings.foreignTables",
                        server.shown()), null);
            }
            boolean allowed = schema == ServerCheck.Schema.CURRENT
                    ? Boolean.TRUE.equals(dsl.select(DSL.field("has_table_privilege({0}, 'INSERT')", Boolean.class,
                            DSL.inline("received_package"))).fetchOne(0, Boolean.class))
                    : Boolean.TRUE.equals(dsl.select(DSL.field("has_schema_privilege(current_schema(), 'CREATE')",
                            Boolean.class)).fetchOne(0, Boolean.class));
            if (!allowed) {
                throw new ServerConnectionException(ServerProblem.NO_PERMISSION, Texts.get(
                        "collector.server.noPermission", server.shown(), server.user()), null);
            }
            if (schema == ServerCheck.Schema.EMPTY) {
                return new ServerCheck(server, schema, 0, 0);
            }
            return new ServerCheck(server, schema, dsl.fetchCount(PROVINCE_COMMUNE), dsl.fetchCount(RECEIVED_PACKAGE));
        } catch (ServerConnectionException e) {
            throw e;
        } catch (DomainException e) {
            // the schema's own refusal (a failed earlier migration) already says what to do
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw ServerFailures.translate(e, server);
        }
    }

    /** Tables in the user's current schema (a database the collector has not yet used holds none). */
    private static int otherTables(DSLContext dsl) {
        // a plain-SQL table: the collector's settings leave out schema names, and this one needs its own
        return dsl.fetchCount(DSL.table("information_schema.tables"),
                DSL.field("table_schema").eq(DSL.field("current_schema()")));
    }
}
