package vn.kehoachxa.domain.collect;

import java.util.Objects;

/**
 * Kết quả kiểm tra kết nối: the shared server answered, with the user and password given, and this is what it holds
 * for the collector — read only, nothing on the server is changed by a check (decision 0046).
 *
 * @param server   the server checked, without password
 * @param schema   where its collector tables stand
 * @param communes communes in its list (0 unless the tables exist)
 * @param packages report packages stored, history included (0 unless the tables exist)
 */
public record ServerCheck(ServerConnection server, Schema schema, int communes, int packages) {
    /** Where the server's collector tables stand against this version of the app. */
    public enum Schema {
        /** No collector tables yet: they are created when the collector first opens on the server. */
        EMPTY,
        /** Made by an older version: brought up to date when the collector next opens on the server. */
        OLDER,
        /** Up to date. */
        CURRENT
    }

    public ServerCheck {
        Objects.requireNonNull(schema, "schema");
        server = server.withoutPassword();
    }
}
