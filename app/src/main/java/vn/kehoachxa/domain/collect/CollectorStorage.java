package vn.kehoachxa.domain.collect;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Nơi lưu dữ liệu tổng hợp: where a collector folder's data are now and where they will be from the next start
 * (decision 0046). Servers are always without password.
 *
 * @param folder       the collector data folder
 * @param inUse        the shared server the open window uses; empty: the folder's embedded database
 * @param saved        the server the folder names for the next start; empty: the embedded database
 * @param communes     communes in the open database's list
 * @param packages     report packages in the open database, history included
 * @param embeddedFile whether the folder holds an embedded database file ({@code tonghop.mv.db}), used or not
 */
public record CollectorStorage(Path folder, Optional<ServerConnection> inUse, Optional<ServerConnection> saved,
                               int communes, int packages, boolean embeddedFile) {
    public CollectorStorage {
        Objects.requireNonNull(folder, "folder");
        inUse = inUse.map(ServerConnection::withoutPassword);
        saved = saved.map(ServerConnection::withoutPassword);
    }

    /** Whether the open database is the folder's embedded one and holds communes or packages a switch would hide. */
    public boolean embeddedHoldsData() {
        return inUse.isEmpty() && (communes > 0 || packages > 0);
    }

    /** Whether the next start opens something other than what the window shows now. */
    public boolean changesAtNextStart() {
        return !inUse.equals(saved);
    }
}
