package vn.kehoachxa.persistence.collector;

import static vn.kehoachxa.persistence.collector.jooq.Tables.PROVINCE_COMMUNE;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** Child JVM of {@link CollectorCrashTest}: commits communes one by one and reports each after the call returns. */
public final class CollectorCrashChild {
    private CollectorCrashChild() {
    }

    public static void main(String[] args) {
        CollectorDatabase db = CollectorDatabase.openEmbedded(Path.of(args[0]));
        for (int i = 10000; ; i++) {
            String code = String.valueOf(i);
            db.inTransaction(s -> s.dsl().insertInto(PROVINCE_COMMUNE).set(PROVINCE_COMMUNE.CODE, code)
                    .set(PROVINCE_COMMUNE.NAME, "Xã " + code).set(PROVINCE_COMMUNE.PROVINCE, "Sơn La")
                    .set(PROVINCE_COMMUNE.ADDED_AT, LocalDateTime.now()).execute());
            System.out.println("COMMITTED " + code);
            System.out.flush();
        }
    }
}
