package vn.kehoachxa.domain.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The Cài đặt page's fields: each refusal names its field; a good form becomes the server it names. */
class ServerFormTest {
    @Test
    void aGoodFormNamesTheServerAndAnEmptyPortIsPostgresqlsUsualOne() {
        ServerConnection s = new ServerForm(" may-chu-tinh.local ", "", "tonghop_son_la", "tinh")
                .toConnection("bi-mat".toCharArray());
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://may-chu-tinh.local:5432/tonghop_son_la");
        assertThat(s.user()).isEqualTo("tinh");
        assertThat(s.password()).containsExactly("bi-mat".toCharArray());
        assertThat(new ServerForm("192.168.1.10", "5433", "th", "u").toConnection(new char[0]).password()).isNull();
        assertThat(new ServerForm("[::1]", "5432", "th", "u").toConnection(null).host()).isEqualTo("[::1]");
        // what is saved reads back the same
        assertThat(ServerConnection.fromUrl(s.jdbcUrl(), s.user(), null)).isEqualTo(s.withoutPassword());
        assertThat(ServerForm.of(s)).isEqualTo(new ServerForm("may-chu-tinh.local", "5432", "tonghop_son_la",
                "tinh"));
    }

    @Test
    void eachBadFieldIsNamedInItsMessage() {
        refused(new ServerForm("", "5432", "th", "u"), ServerForm.Field.HOST, "Ô \"Máy chủ\"");
        refused(new ServerForm("máy chủ tỉnh", "5432", "th", "u"), ServerForm.Field.HOST, "\"máy chủ tỉnh\"");
        refused(new ServerForm("h", "năm", "th", "u"), ServerForm.Field.PORT, "Ô \"Cổng\"", "5432");
        refused(new ServerForm("h", "70000", "th", "u"), ServerForm.Field.PORT, "\"70000\"");
        refused(new ServerForm("h", "0", "th", "u"), ServerForm.Field.PORT, "1 đến 65535");
        refused(new ServerForm("h", "5432", " ", "u"), ServerForm.Field.DATABASE, "Ô \"Cơ sở dữ liệu\"");
        refused(new ServerForm("h", "5432", "tong/hop", "u"), ServerForm.Field.DATABASE, "\"tong/hop\"");
        refused(new ServerForm("h", "5432", "th", ""), ServerForm.Field.USER, "Ô \"Người dùng\"");
        refused(new ServerForm("h", "5432", "th", "a\u0007b"), ServerForm.Field.USER, "Ô \"Người dùng\"");
    }

    private static void refused(ServerForm form, ServerForm.Field field, String... said) {
        ServerForm.FieldException e = catchThrowableOfType(ServerForm.FieldException.class,
                () -> form.toConnection("x".toCharArray()));
        assertThat(e).as("%s", form).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(said);
    }
}
