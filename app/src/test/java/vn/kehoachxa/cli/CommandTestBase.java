package vn.kehoachxa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process on a temporary folder and keeps what it printed. */
abstract class CommandTestBase {
    static final Path MUONG_LA = Path.of("..", "samples", "muong-la.kehoach.json");

    @TempDir
    Path dir;
    String out;
    String err;

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = KeHoachXaCommand.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    String data() {
        return dir.resolve("data").toString();
    }
}
