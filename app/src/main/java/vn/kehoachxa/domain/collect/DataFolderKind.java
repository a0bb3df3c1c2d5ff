package vn.kehoachxa.domain.collect;

/**
 * Loại thư mục dữ liệu: what a data folder holds. A commune's folder is never opened as a collector and a collector's
 * never as a commune's (decision 0042).
 */
public enum DataFolderKind {
    /** Nothing yet: the first run chooses. */
    EMPTY,
    /** Xã/phường: a commune's planning database ({@code kehoachxa.mv.db}). */
    COMMUNE,
    /** Tỉnh, embedded: the collector's own H2 file ({@code tonghop.mv.db}). */
    COLLECTOR_EMBEDDED,
    /** Tỉnh, shared server: {@code may-chu.properties} names the PostgreSQL server (never the password). */
    COLLECTOR_SERVER;

    /** Whether this is a province collector's folder. */
    public boolean isCollector() {
        return this == COLLECTOR_EMBEDDED || this == COLLECTOR_SERVER;
    }
}
