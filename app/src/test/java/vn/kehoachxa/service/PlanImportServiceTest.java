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
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
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

    private long onlyPlanId() {
        return new PlanService(db).list().getFirst().id();
    }

    @Test
    void reimportingTheSameDraftFileIsFoundByItsContent() {
        PlanImportService.Preview preview = imports.preview(HA_DONG);

        assertThat(preview.clashingPlanIds()).containsExactly(onlyPlanId());
        assertThat(preview.existing().getFirst().sameContent()).isTrue();
        assertThat(preview.existing().getFirst().sameNumber()).isFalse();
    }

    @Test
    void reimportingTheSameDraftFileIsRefusedByDefaultNamingTheExistingPlanAndTheChoices() {
        long existing = onlyPlanId();

        assertThatThrownBy(() -> imports.importFile(HA_DONG, ClashPolicy.REFUSE)).isInstanceOf(DomainException.class)
                .hasMessageContaining("ha-dong.kehoach.json").hasMessageContaining("(mã " + existing + ")")
                .hasMessageContaining("chưa có số, trích yếu “").hasMessageContaining("nội dung giống hệt")
                .hasMessageContaining("--as-new").hasMessageContaining("--replace");
        assertThat(new PlanService(db).list()).hasSize(1);
    }

    @Test
    void reimportingTheSameDraftFileAsNewAddsOneCopy() {
        imports.importFile(HA_DONG, ClashPolicy.AS_NEW);

        assertThat(new PlanService(db).list()).hasSize(2);
        assertThat(imports.preview(HA_DONG).clashingPlanIds()).hasSize(2);
    }

    @Test
    void replacingTheSameDraftPlanLeavesOnlyTheNewOne() {
        long old = onlyPlanId();

        long replacement = imports.importFile(HA_DONG, ClashPolicy.REPLACE);

        assertThat(new PlanService(db).list()).extracting(PlanSummary::id).containsExactly(replacement);
        assertThat(replacement).isNotEqualTo(old);
    }

    @Test
    void replacingAPlanIsPrecededByACheckedBackupThatStillHoldsIt() {
        imports.importFile(HA_DONG, ClashPolicy.REPLACE);

        assertThat(new BackupService(db).list()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(vn.kehoachxa.domain.storage.BackupReason.BEFORE_REPLACE);
            assertThat(b.verified()).isTrue();
            assertThat(b.counts().plans()).isEqualTo(1);
        });
    }

    @Test
    void everySampleIsRecognisedAfterItsRoundTripThroughTheDatabase() {
        Path haiDuong = HA_DONG.resolveSibling("hai-duong.kehoach.json");
        Path muongLa = HA_DONG.resolveSibling("muong-la.kehoach.json");
        long second = imports.importFile(haiDuong, ClashPolicy.REFUSE);
        long third = imports.importFile(muongLa, ClashPolicy.REFUSE);

        assertThat(imports.preview(HA_DONG).clashingPlanIds()).containsExactly(onlyHaDong(second, third));
        assertThat(imports.preview(haiDuong).clashingPlanIds()).containsExactly(second);
        assertThat(imports.preview(muongLa).clashingPlanIds()).containsExactly(third);
    }

    private long onlyHaDong(long... others) {
        return new PlanService(db).list().stream().mapToLong(PlanSummary::id)
                .filter(id -> Arrays.stream(others).noneMatch(o -> o == id)).findFirst().orElseThrow();
    }

    @Test
    void aPlanEditedAfterImportIsNoLongerTheSameContent() {
        PlanService plans = new PlanService(db);
        var p = plans.load(onlyPlanId()).plan();
        plans.update(new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary() + " (sửa)", p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(),
                p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(),
                p.revisesPlanId(), p.reportingRule()));

        assertThat(imports.preview(HA_DONG).clashes()).isFalse();
    }

    @Test
    void aUnitEditedInTheCommuneListDoesNotHideTheSamePlan() {
        UnitService units = new UnitService(db);
        Unit unit = units.all().getFirst();
        units.update(new Unit(unit.id(), unit.name(), "Tên gọi tắt khác", UnitKind.ENTERPRISE, "dv@example.vn",
                unit.active()));

        assertThat(imports.preview(HA_DONG).clashes()).isTrue();
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
    void anotherPlanWithTheSameNumberIsRefusedNamingTheNumber() throws Exception {
        Path numbered = dir.resolve("numbered.kehoach.json");
        String text = Files.readString(HA_DONG).replaceFirst("\"number\": null", "\"number\": \"10\"");
        Files.writeString(numbered, text);
        long first = imports.importFile(numbered, ClashPolicy.REFUSE);
        Path revised = dir.resolve("revised.kehoach.json");
        Files.writeString(revised, text.replaceFirst("\"summary\": \"", "\"summary\": \"Sửa đổi: "));

        assertThatThrownBy(() -> imports.importFile(revised, ClashPolicy.REFUSE)).isInstanceOf(DomainException.class)
                .hasMessageContaining("kế hoạch số 10-").hasMessageContaining("(mã " + first + "), cùng số");
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
