package vn.kehoachxa;

/** Entry point placeholder until the CLI and desktop UI land. */
public final class Main {
    private Main() {
    }

    /** Starts Kế hoạch Xã. */
    public static void main(String[] args) {
        System.out.println("Kế hoạch Xã");
    }
}
