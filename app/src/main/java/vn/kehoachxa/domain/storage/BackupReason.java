package vn.kehoachxa.domain.storage;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup (bản sao lưu) was made; part of its file name, so the code words never change. */
public enum BackupReason {
    /** The first start of a day. */
    DAILY("hang-ngay"),
    /** The official asked for one (Sao lưu ngay, Sao lưu ra thư mục/USB, {@code kehoachxa backup}). */
    MANUAL("thu-cong"),
    /** Before an import replaced a plan. */
    BEFORE_REPLACE("truoc-khi-thay"),
    /** Before a backup was restored over the current data. */
    BEFORE_RESTORE("truoc-khi-khoi-phuc"),
    /** Before the database was upgraded to a new version of the app. */
    BEFORE_UPGRADE("truoc-khi-nang-cap"),
    /** Before a plan was deleted. */
    BEFORE_DELETE("truoc-khi-xoa");

    private final String code;

    BackupReason(String code) {
        this.code = code;
    }

    /** The word in the file name. */
    public String code() {
        return code;
    }

    /** The reason written as {@code code} in a file name. */
    public static Optional<BackupReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Daily copies roll on their own count; every other reason shares the count of event copies. */
    public boolean isDaily() {
        return this == DAILY;
    }
}
