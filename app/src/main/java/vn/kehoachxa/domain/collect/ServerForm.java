package vn.kehoachxa.domain.collect;

import java.util.regex.Pattern;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;

/**
 * Ô nhập máy chủ: the server as typed on the Cài đặt page, before it is a {@link ServerConnection}. Each field is
 * checked on its own so the message names the field to correct (decision 0046).
 */
public record ServerForm(String host, String port, String database, String user) {
    /** The fields of the form, so a screen can put the cursor where the problem is. */
    public enum Field { HOST, PORT, DATABASE, USER }

    /** A field's value is refused; the message names the field. */
    public static final class FieldException extends DomainException {
        private static final long serialVersionUID = 1L;
        private final Field field;

        FieldException(Field field, String message) {
            super(message);
            this.field = field;
        }

        /** The field to correct. */
        public Field field() {
            return field;
        }
    }

    /** A host name, IPv4 address or bracketed IPv6 address: what the saved JDBC URL can hold and read back. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]");
    /** A database name the URL keeps whole: no space, slash, question mark, ampersand or hash. */
    private static final Pattern DATABASE = Pattern.compile("[^\\s/?&#]+");

    public ServerForm {
        host = host == null ? "" : host.strip();
        port = port == null ? "" : port.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
    }

    /** The form filled from a saved server (without password). */
    public static ServerForm of(ServerConnection server) {
        return new ServerForm(server.host(), String.valueOf(server.port()), server.database(), server.user());
    }

    /**
     * The server these fields name, with {@code password} (null or empty: none typed); a bad field is refused with a
     * Vietnamese message naming it.
     */
    public ServerConnection toConnection(char[] password) {
        if (host.isEmpty()) {
            throw new FieldException(Field.HOST, Texts.get("serversettings.field.hostEmpty"));
        }
        if (!HOST.matcher(host).matches()) {
            throw new FieldException(Field.HOST, Texts.get("serversettings.field.hostBad", host));
        }
        int number;
        try {
            number = port.isEmpty() ? ServerConnection.DEFAULT_PORT : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > 65535) {
            throw new FieldException(Field.PORT, Texts.get("serversettings.field.portBad", port));
        }
        if (database.isEmpty()) {
            throw new FieldException(Field.DATABASE, Texts.get("serversettings.field.databaseEmpty"));
        }
        if (!DATABASE.matcher(database).matches()) {
            throw new FieldException(Field.DATABASE, Texts.get("serversettings.field.databaseBad", database));
        }
        if (user.isEmpty()) {
            throw new FieldException(Field.USER, Texts.get("serversettings.field.userEmpty"));
        }
        if (user.chars().anyMatch(Character::isISOControl)) {
            throw new FieldException(Field.USER, Texts.get("serversettings.field.userBad"));
        }
        return new ServerConnection(host, number, database, user,
                password == null || password.length == 0 ? null : password);
    }
}
