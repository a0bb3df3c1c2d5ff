package vn.kehoachxa.persistence.collector;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.DataFolderKind;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.files.SafeFiles;

/**
 * The two kinds of data folder (decision 0042): a commune's holds {@code kehoachxa.mv.db}; a collector's holds
 * {@code tonghop.mv.db} (embedded) or {@code may-chu.properties} (a shared server: host, port, database and user,
 * never the password). Neither kind is ever opened as the other.
 */
public final class CollectorFolder {
    /** The file naming the shared server in a collector folder. */
    public static final String SERVER_FILE = "may-chu.properties";
    private static final String COMMUNE_DATABASE = "kehoachxa.mv.db";

    private CollectorFolder() {
    }

    /** What {@code folder} holds now. */
    public static DataFolderKind kindOf(Path folder) {
        if (Files.exists(folder.resolve(COMMUNE_DATABASE))) {
            return DataFolderKind.COMMUNE;
        }
        if (Files.exists(folder.resolve(SERVER_FILE))) {
            return DataFolderKind.COLLECTOR_SERVER;
        }
        if (Files.exists(folder.resolve(CollectorDatabase.FILE_NAME + ".mv.db"))) {
            return DataFolderKind.COLLECTOR_EMBEDDED;
        }
        return DataFolderKind.EMPTY;
    }

    /** Refuses to use {@code folder} as a collector's when it is a commune's. */
    public static void requireCollector(Path folder) {
        if (kindOf(folder) == DataFolderKind.COMMUNE) {
            throw new DomainException(Texts.get("collector.folder.isCommune", folder));
        }
    }

    /** Refuses to use {@code folder} as a commune's when it is a collector's. */
    public static void requireCommune(Path folder) {
        if (kindOf(folder).isCollector()) {
            throw new DomainException(Texts.get("collector.folder.isCollector", folder));
        }
    }

    /** Saves which server this collector folder uses: never the password. */
    public static void saveServer(Path folder, ServerConnection server) {
        requireCollector(folder);
        ServerConnection saved = server.withoutPassword();
        String text = "# Kế hoạch Xã: máy chủ PostgreSQL dùng chung của thư mục tổng hợp này (không chứa mật khẩu)\n"
                + "url=" + saved.jdbcUrl() + "\n"
                + "user=" + escape(saved.user()) + "\n";
        SafeFiles.writeString(folder.resolve(SERVER_FILE), text);
    }

    /**
     * Makes {@code folder} use its embedded database from the next start (decision 0046): creates the empty embedded
     * file first when there is none, so the folder stays a collector's, then removes {@value #SERVER_FILE}. An
     * existing embedded database is never touched; nothing on the server changes.
     */
    public static void useEmbedded(Path folder) {
        requireCollector(folder);
        EmbeddedCollector.createIfMissing(folder);
        try {
            Files.deleteIfExists(folder.resolve(SERVER_FILE));
        } catch (IOException e) {
            throw new DomainException(Texts.get("serversettings.cannotForget", folder.resolve(SERVER_FILE)), e);
        }
    }

    /** Whether {@code folder} holds an embedded collector database file (used now or not). */
    public static boolean hasEmbedded(Path folder) {
        return Files.exists(EmbeddedCollector.file(folder));
    }

    /** The server this folder uses, without password; empty for an embedded collector or a commune folder. */
    public static Optional<ServerConnection> readServer(Path folder) {
        Path file = folder.resolve(SERVER_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException(Texts.get("collector.folder.badServerFile", file), e);
        }
        String url = p.getProperty("url");
        String user = p.getProperty("user");
        if (url == null || user == null || user.isBlank()) {
            throw new DomainException(Texts.get("collector.folder.badServerFile", file));
        }
        return Optional.of(ServerConnection.fromUrl(url, user, null));
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') {
                out.append('\\');
            }
            if (c == '\n' || c == '\r') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
