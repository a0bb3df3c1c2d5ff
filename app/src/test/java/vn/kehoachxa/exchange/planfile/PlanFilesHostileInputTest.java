package vn.kehoachxa.exchange.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;

/** Hostile or broken files end in a clear Vietnamese message naming the file, never an OOM or a stack overflow. */
class PlanFilesHostileInputTest {
    private static final String NAME = "la.kehoach.json";

    private static DomainException failure(byte[] bytes) {
        return catchThrowableOfType(DomainException.class,
                () -> PlanFiles.read(new ByteArrayInputStream(bytes), NAME));
    }

    private static DomainException failure(String text) {
        return failure(text.getBytes(UTF_8));
    }

    @Test
    void sparseTwoHundredMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("to.kehoach.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        DomainException e = catchThrowableOfType(DomainException.class, () -> PlanFiles.read(big));
        assertThat(e.getMessage()).isEqualTo("Tệp to.kehoach.json quá lớn (200 MB); tệp kế hoạch thường chỉ vài "
                + "chục KB, giới hạn là 20 MB.");
    }

    @Test
    void endlessStreamIsCutAtTheSizeLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        DomainException e = catchThrowableOfType(DomainException.class, () -> PlanFiles.read(endless, NAME));
        assertThat(e.getMessage()).startsWith("Tệp la.kehoach.json quá lớn");
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        String deep = "{\"sections\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(failure(deep).getMessage()).isEqualTo("Tệp la.kehoach.json có cấu trúc lồng nhau quá sâu ở dòng "
                + "1 (tối đa 64 cấp); đây không phải là tệp kế hoạch hợp lệ.");
    }

    @Test
    void hugeStringIsRefused() {
        String huge = "{\"formatVersion\": 1,\n\"plan\": \"" + "a".repeat(5_000_000) + "\"}";
        assertThat(failure(huge).getMessage()).isEqualTo("Tệp la.kehoach.json có một chuỗi văn bản, số hoặc tên "
                + "trường quá dài ở dòng 2; đây không phải là tệp kế hoạch hợp lệ.");
    }

    @Test
    void hugeNumberIsRefused() {
        String huge = "{\"formatVersion\": " + "9".repeat(10_000) + "}";
        assertThat(failure(huge).getMessage()).contains("quá dài ở dòng 1");
    }

    @Test
    void bombOfManySmallArraysStopsAtTheElementLimit() {
        StringBuilder bomb = new StringBuilder("{\"basisDocuments\": [");
        String chunk = "[[],[],[],[],[],[],[],[],[],[]],";
        while (bomb.length() < 15_000_000) {
            bomb.append(chunk);
        }
        bomb.append("[]]}");
        assertThat(failure(bomb.toString()).getMessage()).isEqualTo("Tệp la.kehoach.json có quá nhiều phần tử "
                + "(tối đa 500000); một tệp kế hoạch thật không lớn như vậy.");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = "{\n\"formatVersion\": 1,\n\"plan\": \"X\"}".getBytes(UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;
        assertThat(failure(bytes).getMessage()).isEqualTo("Tệp la.kehoach.json có ký tự không đúng mã UTF-8 ở "
                + "dòng 3. Tệp kế hoạch phải được lưu bằng mã UTF-8.");
    }

    @Test
    void truncatedFileSaysItEndsHalfWay() {
        String truncated = "{\n\"formatVersion\": 1,\n\"plan\": {\"family\": \"PARTY\"";
        assertThat(failure(truncated).getMessage()).isEqualTo("Tệp la.kehoach.json bị cắt cụt: nội dung dừng giữa "
                + "chừng ở dòng 3. Hãy lấy lại bản đầy đủ của tệp.");
    }

    @Test
    void truncatedSampleIsRefused() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("../samples/muong-la.kehoach.json"));
        byte[] half = java.util.Arrays.copyOf(sample, sample.length / 2);
        assertThat(failure(half).getMessage()).startsWith("Tệp la.kehoach.json bị cắt cụt");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThat(failure("").getMessage()).isEqualTo("Tệp la.kehoach.json rỗng, không có nội dung kế hoạch nào.");
        assertThat(failure(" \n\t").getMessage()).isEqualTo(failure("").getMessage());
    }

    @Test
    void fileThatIsNotJsonIsRefused() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThat(failure(zip).getMessage()).startsWith("Tệp la.kehoach.json không phải là tệp JSON hợp lệ (lỗi ở "
                + "dòng 1, cột");
        assertThat(failure("Kế hoạch số 12").getMessage()).contains("không phải là tệp JSON hợp lệ");
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertThat(failure("[1, 2, 3]").getMessage()).isEqualTo("Tệp la.kehoach.json không chứa một kế hoạch: nội "
                + "dung tệp kế hoạch phải bắt đầu bằng dấu ngoặc nhọn mở.");
    }

    @Test
    void duplicateKeyIsRefusedWithItsLine() {
        assertThat(failure("{\"formatVersion\": 1,\n\"formatVersion\": 2}").getMessage())
                .isEqualTo("Tệp la.kehoach.json ghi trường \"formatVersion\" hai lần trong cùng một đối tượng "
                        + "ở dòng 2.");
    }
}
