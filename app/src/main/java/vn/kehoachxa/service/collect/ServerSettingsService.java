package vn.kehoachxa.service.collect;

import java.util.Arrays;
import java.util.Optional;
import vn.kehoachxa.domain.collect.CollectorStorage;
import vn.kehoachxa.domain.collect.ServerCheck;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.CollectorFolder;

/**
 * Cài đặt máy chủ (decision 0046): where an open collector folder keeps its data, a check of a shared PostgreSQL
 * server, and the switch between that server and the folder's embedded database. A switch takes effect at the next
 * start; it never copies, hides for good or deletes data: the embedded file stays in the folder, the server keeps
 * what it has. The password is used for the check only and never written anywhere (decision 0042).
 */
public final class ServerSettingsService {
    private final CollectorWorkspace workspace;

    public ServerSettingsService(CollectorWorkspace workspace) {
        this.workspace = workspace;
    }

    /** Where the data are now and from the next start, with what the open database holds. Ordered executor. */
    public CollectorStorage storage() {
        int[] counts = workspace.database().read(store -> new int[] {store.communeList().all().size(),
                store.packages().count()});
        return new CollectorStorage(workspace.folder(), workspace.server(),
                CollectorFolder.readServer(workspace.folder()), counts[0], counts[1],
                CollectorFolder.hasEmbedded(workspace.folder()));
    }

    /**
     * "Kiểm tra kết nối": logs in to {@code server} and reads what it holds for the collector, changing nothing.
     * Without a password here, {@value CollectorLaunch#PASSWORD_VARIABLE} or the user's pgpass file is tried, as at
     * start. Throws the Vietnamese failure (unreachable, wrong login, no database, no permission, newer schema).
     */
    public ServerCheck check(ServerConnection server) {
        ServerConnection tried = server.hasPassword() ? server
                : server.withPassword(CollectorLaunch.passwordFromEnvironment().orElse(null));
        try {
            return CollectorDatabase.inspectServer(tried);
        } finally {
            if (tried != server && tried.password() != null) {
                Arrays.fill(tried.password(), '\0');
            }
        }
    }

    /**
     * "Lưu": checks {@code server} again and, only when it answered, names it in the folder for the next start
     * (without password). The embedded database, if any, stays in the folder untouched.
     */
    public ServerCheck useServer(ServerConnection server) {
        ServerCheck checked = check(server);
        CollectorFolder.saveServer(workspace.folder(), server.withoutPassword());
        return checked;
    }

    /**
     * "Dùng cơ sở dữ liệu trong thư mục này": the next start opens the folder's embedded database (created empty if
     * the folder has none); nothing on the server changes.
     */
    public void useEmbedded() {
        CollectorFolder.useEmbedded(workspace.folder());
    }

    /** The server the folder names for the next start, if any (to fill the form). */
    public Optional<ServerConnection> savedServer() {
        return CollectorFolder.readServer(workspace.folder());
    }
}
