package vn.kehoachxa.service.collect;

import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ServerConnection;

/**
 * How the app was asked to start as a province collector: {@code --collector} (with the usual {@code --data-dir}),
 * optionally on a shared server with {@code --db-url jdbc:postgresql://…} and {@code --db-user}. The password is
 * never an argument: it is asked, or read from {@value #PASSWORD_VARIABLE} for scripts.
 */
public record CollectorLaunch(boolean collector, Optional<String> dbUrl, Optional<String> dbUser) {
    /** The environment variable a script puts the server password in. */
    public static final String PASSWORD_VARIABLE = "KEHOACHXA_DB_PASSWORD";

    public CollectorLaunch {
        if (dbUrl.isPresent() && dbUser.isEmpty()) {
            throw new DomainException(Texts.get("collector.launch.noUser"));
        }
        if (dbUser.isPresent() && dbUrl.isEmpty()) {
            throw new DomainException(Texts.get("collector.launch.noUrl"));
        }
        // a server is always a collector's
        collector = collector || dbUrl.isPresent();
    }

    /** Reads the options from the raw arguments ({@code --opt value} or {@code --opt=value}). */
    public static CollectorLaunch fromArguments(List<String> args) {
        boolean collector = false;
        String url = null;
        String user = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--collector")) {
                collector = true;
            } else if (arg.equals("--db-url") || arg.equals("--db-user")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new DomainException(Texts.get("collector.launch.missingValue", arg));
                }
                if (arg.equals("--db-url")) {
                    url = args.get(++i);
                } else {
                    user = args.get(++i);
                }
            } else if (arg.startsWith("--db-url=")) {
                url = arg.substring("--db-url=".length());
            } else if (arg.startsWith("--db-user=")) {
                user = arg.substring("--db-user=".length());
            }
        }
        CollectorLaunch launch = new CollectorLaunch(collector, Optional.ofNullable(url), Optional.ofNullable(user));
        launch.dbUrl.ifPresent(u -> ServerConnection.fromUrl(u, launch.dbUser.orElseThrow(), null));
        return launch;
    }

    /** The server these options name, with {@code password}; empty when none was named. */
    public Optional<ServerConnection> server(char[] password) {
        return dbUrl.map(u -> ServerConnection.fromUrl(u, dbUser.orElseThrow(), password));
    }

    /** The password a script gave in {@value #PASSWORD_VARIABLE}, if any. */
    public static Optional<char[]> passwordFromEnvironment() {
        String value = System.getenv(PASSWORD_VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }
}
