package vn.kehoachxa;

import vn.kehoachxa.cli.KeHoachXaCommand;

/**
 * Entry point of {@code kehoachxa}: with a command ({@code list}, {@code import}, …) it runs headless; without one it
 * opens the desktop app. A separate class from the JavaFX {@code Application} so that JavaFX on the class path starts.
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line, or the desktop app when no command is given. */
    public static void main(String[] args) throws java.io.IOException {
        int exit = AotTrainingRun.requested() ? AotTrainingRun.run(args) : KeHoachXaCommand.run(args);
        if (exit != KeHoachXaCommand.LAUNCH_UI) {
            System.exit(exit);
        }
    }
}
