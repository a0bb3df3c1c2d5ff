package vn.kehoachxa.domain.collect;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/**
 * Kết nối máy chủ dùng chung: where the province's shared PostgreSQL server is and who logs in (decision 0042).
 * The password is a {@code char[]} the caller may wipe, never part of {@link #toString()}, and never written into
 * the data folder ({@link #withoutPassword()} is what gets saved); {@code null} means "none given here", in which
 * case the PostgreSQL driver looks in the user's own pgpass file.
 */
public record ServerConnection(String host, int port, String database, String user, char[] password) {
    /** PostgreSQL's usual port. */
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://(\\[[^\\]]+\\]|[^:/?]+)(?::(\\d{1,5}))?/([^?/]+)(\\?.*)?");

    public ServerConnection {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (host.isBlank() || database.isBlank() || user.isBlank() || port < 1 || port > 65535) {
            throw new DomainException(Texts.get("collector.server.incomplete"));
        }
    }

    /** Reads {@code jdbc:postgresql://host[:port]/database}; a URL of another form is refused in Vietnamese. */
    public static ServerConnection fromUrl(String url, String user, char[] password) {
        Matcher m = URL.matcher(url == null ? "" : url.strip());
        if (!m.matches()) {
            throw new DomainException(Texts.get("collector.server.badUrl", url));
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        return new ServerConnection(m.group(1), port, m.group(3), user == null ? "" : user, password);
    }

    /** The JDBC URL (no user, no password). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The server as shown to the official: {@code host:port/database}. */
    public String shown() {
        return host + ":" + port + "/" + database;
    }

    /** Whether a password was given here (else the driver may find one in the user's pgpass file). */
    public boolean hasPassword() {
        return password != null && password.length > 0;
    }

    /** The same server and user without the password: what may be saved. */
    public ServerConnection withoutPassword() {
        return new ServerConnection(host, port, database, user, null);
    }

    /** The same server and user with {@code newPassword}. */
    public ServerConnection withPassword(char[] newPassword) {
        return new ServerConnection(host, port, database, user, newPassword);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerConnection c && host.equals(c.host) && port == c.port && database.equals(c.database)
                && user.equals(c.user) && Arrays.equals(password, c.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, database, user);
    }

    @Override
    public String toString() {
        return "ServerConnection[" + user + "@" + shown() + (hasPassword() ? ", password given]" : "]");
    }
}
