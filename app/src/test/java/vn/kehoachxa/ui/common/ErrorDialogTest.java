package vn.kehoachxa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.logging.AppLog;

class ErrorDialogTest {
    @TempDir
    Path dataDir;

    @AfterEach
    void closeTheLog() {
        AppLog.stop();
    }

    @Test
    void anUnexpectedFailureNamesTheLogFileToSend() {
        Path log = AppLog.start(dataDir).orElseThrow();

        ErrorDialog.Content content = ErrorDialog.contentOf(new IllegalStateException("row 3 has no parent"));

        assertThat(content.headline()).contains("lỗi không mong đợi", "row 3 has no parent");
        assertThat(content.nextStep()).contains("gửi tệp nhật ký " + log);
        assertThat(content.logFile()).contains(log);
    }

    @Test
    void withoutALogFileTheUserIsToldToRetryAndCallSupport() {
        ErrorDialog.Content content = ErrorDialog.contentOf(new IllegalStateException("boom"));

        assertThat(content.nextStep()).contains("báo cho bộ phận hỗ trợ").doesNotContain("tệp nhật ký");
        assertThat(content.logFile()).isEmpty();
    }

    @Test
    void aMistakeTheUserCanFixNamesNoLogFile() {
        AppLog.start(dataDir);

        ErrorDialog.Content content = ErrorDialog.contentOf(
                new RuntimeException(new DomainException("Hãy nhập tên xã.")));

        assertThat(content.headline()).isEqualTo("Hãy nhập tên xã.");
        assertThat(content.nextStep()).contains("Hãy sửa các điểm trên");
        assertThat(content.logFile()).isEmpty();
    }
}
