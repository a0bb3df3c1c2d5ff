package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.persistence.Database;

class PlanImportServiceTest {
    static final Path HA_DONG = Path.of("..", "samples", "ha-dong.kehoach.json");

    @TempDir
    Path dir;
    Database db;
    PlanImportService imports;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        imports = new PlanImportService(db);
        imports.importFile(HA_DONG, ClashPolicy.REFUSE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path hostile(String kind) throws Exception {
        Path file = dir.resolve(kind + ".kehoach.json");
        byte[] sample = Files.readAllBytes(HA_DONG);
        switch (kind) {
            case "huge" -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(200L * 1024 * 1024);
                }
            }
            case "deep" -> Files.writeString(file, "[".repeat(100_000) + "]".repeat(100_000));
            case "invalidUtf8" -> {
                byte[] bad = sample.clone();
                int at = new String(sample, StandardCharsets.ISO_8859_1).indexOf("Hà Đông");
                bad[at + 1] = (byte) 0xC3;
                bad[at + 2] = (byte) 0x28;
                Files.write(file, bad);
            }
            case "bomb" -> Files.writeString(file, "{\"formatVersion\": 1, \"sections\": ["
                    + "[[[[[[[[1,2,3,4,5,6,7,8,9,10]]]]]]]],".repeat(400_000) + "1]}");
            case "truncated" -> Files.write(file, Arrays.copyOf(sample, sample.length - 200));
            case "empty" -> Files.write(file, new byte[0]);
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"huge", "deep", "invalidUtf8", "bomb", "truncated", "empty"})
    void hostileFilesEndInAClearVietnameseErrorAndLeaveTheDatabaseUnchanged(String kind) throws Exception {
        Path file = hostile(kind);
        List<PlanSummary> before = new PlanService(db).list();
        int units = new UnitService(db).all().size();

        assertThatThrownBy(() -> imports.importFile(file, ClashPolicy.REPLACE)).isInstanceOf(DomainException.class)
                .hasMessageContaining(file.getFileName().toString());

        assertThat(new PlanService(db).list()).isEqualTo(before);
        assertThat(new UnitService(db).all()).hasSize(units);
    }

    @Test
    void theSamePlanWithoutNumberIsNotAClash() {
        assertThat(imports.preview(HA_DONG).clashes()).isFalse();
        imports.importFile(HA_DONG, ClashPolicy.REFUSE);
        assertThat(new PlanService(db).list()).hasSize(2);
    }

    @Test
    void replacingANumberedPlanKeepsOnlyTheNewOne() throws Exception {
        Path numbered = dir.resolve("numbered.kehoach.json");
        Files.writeString(numbered, Files.readString(HA_DONG).replaceFirst("\"number\": null", "\"number\": \"10\""));
        long first = imports.importFile(numbered, ClashPolicy.REFUSE);
        assertThat(imports.preview(numbered).clashingPlanIds()).containsExactly(first);

        long second = imports.importFile(numbered, ClashPolicy.REPLACE);

        assertThat(new PlanService(db).list()).extracting(PlanSummary::id).doesNotContain(first).contains(second);
    }

    @Test
    void importingAsNewMakesADraftWithoutNumber() throws Exception {
        Path numbered = dir.resolve("numbered.kehoach.json");
        Files.writeString(numbered, Files.readString(HA_DONG).replaceFirst("\"number\": null", "\"number\": \"10\""));
        imports.importFile(numbered, ClashPolicy.REFUSE);

        long copy = imports.importFile(numbered, ClashPolicy.AS_NEW);

        var plan = new PlanService(db).load(copy).plan();
        assertThat(plan.number()).isNull();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }
}
