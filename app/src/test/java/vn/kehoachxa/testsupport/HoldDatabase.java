package vn.kehoachxa.testsupport;

import java.nio.file.Path;
import vn.kehoachxa.persistence.Database;

/** A second process that opens a data folder, says "OPEN" and keeps it until its input closes. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    /** {@code args[0]}: the data folder. */
    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("OPEN " + db.directory());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our input or kills us
            }
        }
    }
}
