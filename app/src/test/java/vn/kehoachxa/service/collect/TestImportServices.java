package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.persistence.collector.CollectorDatabase;

/** An import service with a reader that hands over packages built in memory, for tests in other packages. */
public final class TestImportServices {
    private TestImportServices() {
    }

    public static CollectorImportService withReader(CollectorDatabase db, Clock clock,
                                                    Function<Path, List<PackageReadResult>> reader) {
        return new CollectorImportService(db, clock, reader);
    }
}
