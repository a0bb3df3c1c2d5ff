package vn.kehoachxa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.persistence.DataFolderLock;

/**
 * One window per data folder. The window claims the folder's lock and listens on a loopback port written, with a
 * secret, in {@code kehoachxa.instance}; a second launch finds the folder held, sends the secret there, and the
 * first window comes to the front while the second process ends (as Cryptomator does). The port file is separate
 * from the lock file because Windows forbids reading a locked file.
 */
public final class SingleInstance implements AutoCloseable {
    /** The file beside the database naming the running window's port and secret. */
    public static final String FILE_NAME = "kehoachxa.instance";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final int TIMEOUT_MS = 2000;

    private final DataFolderLock lock;
    private final ServerSocket server;
    private final String secret;
    private volatile Runnable onActivate = () -> { };

    private SingleInstance(DataFolderLock lock, ServerSocket server, String secret) {
        this.lock = lock;
        this.server = server;
        this.secret = secret;
    }

    /** Claims {@code dataDir} for this window; empty when another process holds it. */
    public static Optional<SingleInstance> claim(Path dataDir) {
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        String secret = UUID.randomUUID().toString();
        ServerSocket server = null;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Path file = dataDir.resolve(FILE_NAME);
            Files.writeString(file, server.getLocalPort() + " " + secret, StandardCharsets.UTF_8);
            ownerOnly(file);
        } catch (IOException e) {
            // The window still works; only a second launch will not find it.
            LOG.warn("No loopback port for a second launch to find this window", e);
        }
        SingleInstance instance = new SingleInstance(lock.get(), server, secret);
        if (server != null) {
            Thread.ofPlatform().daemon().name("kehoachxa-single-instance").start(instance::serve);
        }
        return Optional.of(instance);
    }

    /**
     * When another process holds {@code dataDir}, asks its window to come forward; true when it answered (this
     * process should then end). False when nobody holds the folder, or the holder is not a window (a command).
     */
    public static boolean handOver(Path dataDir) {
        if (!DataFolderLock.isHeld(dataDir)) {
            return false;
        }
        try {
            String[] portAndSecret = Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip()
                    .split(" ", 2);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(portAndSecret[0])), TIMEOUT_MS);
                socket.setSoTimeout(TIMEOUT_MS);
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(portAndSecret[1] + "\n");
                out.flush();
                String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                return "OK".equals(reply);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("The process holding {} did not answer as a window", dataDir, e);
            return false;
        }
    }

    /** The secret is for this user's own second launch: other users of the PC may not read it. */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file lives in the user's own %APPDATA%, which other users cannot read.
        }
    }

    /** The folder lock, for opening the database under it. */
    public DataFolderLock lock() {
        return lock;
    }

    /** What to do when a second launch asks this window to come forward (called on a background thread). */
    public void onActivate(Runnable action) {
        this.onActivate = action;
    }

    /** Stops listening; the lock goes with the database (or is closed here when it never opened). */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MS);
                String line = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                if (secret.equals(line)) {
                    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
                    out.write("OK\n");
                    out.flush();
                    onActivate.run();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("A connection to the single-instance port failed", e);
                }
            }
        }
    }
}
