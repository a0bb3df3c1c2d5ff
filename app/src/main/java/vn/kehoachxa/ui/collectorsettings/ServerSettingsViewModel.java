package vn.kehoachxa.ui.collectorsettings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CollectorStorage;
import vn.kehoachxa.domain.collect.ServerCheck;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.domain.collect.ServerForm;

/**
 * The server settings page's state: where the data are now and from the next start, the server fields (never the
 * password: it stays in its field and is wiped after use), the result line and whether a check is running.
 * Properties change only on the FX thread.
 */
public final class ServerSettingsViewModel {
    /** How the result line reads: nothing yet, a success, a refusal. */
    public enum Tone { NONE, OK, PROBLEM }

    private final StringProperty now = new SimpleStringProperty(this, "now", Texts.get("serversettings.loading"));
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port",
            String.valueOf(ServerConnection.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty result = new SimpleStringProperty(this, "result", "");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.NONE);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", true);
    private final ObjectProperty<CollectorStorage> storage = new SimpleObjectProperty<>(this, "storage");

    public StringProperty nowProperty() {
        return now;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What was last read of the folder (null until read). */
    public ObjectProperty<CollectorStorage> storageProperty() {
        return storage;
    }

    /** The fields as typed. */
    ServerForm form() {
        return new ServerForm(host.get(), port.get(), database.get(), user.get());
    }

    /** Shows where the data are; fills the empty form with the server in use or saved, never a password. */
    void loaded(CollectorStorage s) {
        storage.set(s);
        now.set(s.inUse().map(c -> Texts.get("serversettings.now.server", c.host(), String.valueOf(c.port()),
                        c.database(), c.user(), String.valueOf(s.communes()), String.valueOf(s.packages())))
                .orElseGet(() -> Texts.get("serversettings.now.embedded", s.folder().toString(),
                        String.valueOf(s.communes()), String.valueOf(s.packages()))));
        next.set(!s.changesAtNextStart() ? "" : s.saved().map(c -> Texts.get("serversettings.next.server", c.host(),
                String.valueOf(c.port()), c.database(), c.user())).orElse(Texts.get("serversettings.next.embedded")));
        if (host.get().isBlank()) {
            s.saved().or(s::inUse).ifPresent(c -> {
                host.set(c.host());
                port.set(String.valueOf(c.port()));
                database.set(c.database());
                user.set(c.user());
            });
        }
        busy.set(false);
    }

    /** A check or save is running; {@code text} says which. */
    void started(String text) {
        busy.set(true);
        say(text, Tone.NONE);
    }

    /** The server answered. */
    void checked(ServerCheck check) {
        busy.set(false);
        say(okText(check), Tone.OK);
    }

    /** The result line reads {@code text}, in {@code how}; nothing runs any more. */
    void finished(String text, Tone how) {
        busy.set(false);
        say(text, how);
    }

    private void say(String text, Tone how) {
        result.set(text);
        tone.set(how);
    }

    /** The Vietnamese sentence for a server that answered. */
    static String okText(ServerCheck check) {
        return Texts.get("serversettings.ok." + check.schema().name(), check.server().shown(), check.server().user(),
                String.valueOf(check.communes()), String.valueOf(check.packages()));
    }
}
