package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.PlanHit;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.Database;

/** Find across the real Mường La plan, imported into a real database. */
class PlanSearchTest {
    static final Path MUONG_LA = Path.of("..", "samples", "muong-la.kehoach.json");

    @TempDir
    Path dir;
    Database db;
    PlanSearch search;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        search = new PlanSearch(db);
        PlanImportService imports = new PlanImportService(db);
        planId = imports.importPreviewed(imports.preview(MUONG_LA), ClashPolicy.REFUSE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsASectionByItsHeadingWithItsPlaceInTheOutline() {
        List<PlanHit> hits = search.find(planId, "Tầm nhìn đến năm 2045", false);

        Section vision = sectionNamed(new OutlineService(db).tree(planId), "Tầm nhìn đến năm 2045");
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.place()).isEqualTo(PlanHit.Place.SECTION);
            assertThat(hit.id()).isEqualTo(vision.id());
            assertThat(hit.where()).isEqualTo("Mục I.2.2");
            assertThat(hit.excerpt()).isEqualTo("Tầm nhìn đến năm 2045");
        });
    }

    @Test
    void findsAnIndicatorByItsName() {
        List<PlanHit> hits = search.find(planId, "bao phủ bảo hiểm", false);

        Indicator coverage = new IndicatorService(db).groups(planId).getFirst().indicators().get(7);
        assertThat(hits).filteredOn(h -> h.place() == PlanHit.Place.INDICATOR).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(coverage.id());
            assertThat(hit.where()).isEqualTo("Chỉ tiêu 8");
            assertThat(hit.excerpt()).isEqualTo("Tỉ lệ bao phủ bảo hiểm y tế");
        });
    }

    @Test
    void findsATaskRowWithItsAppendixGroupAndNumber() {
        List<PlanHit> hits = search.find(planId, "nguyên lý y học gia đình", false);

        AssignmentItem task = new AssignmentService(db).groups(planId, TableKind.TASK_MATRIX).get(1).items().get(4);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.place()).isEqualTo(PlanHit.Place.TASK);
            assertThat(hit.id()).isEqualTo(task.id());
            assertThat(hit.where()).isEqualTo("Phụ lục II, nhóm II, nhiệm vụ 5");
            assertThat(hit.excerpt()).contains("nguyên lý y học gia đình");
        });
    }

    @Test
    void withoutAccentsFindsTheAccentedWords() {
        List<PlanHit> plain = search.find(planId, "so nam song khoe manh", true);

        assertThat(plain).extracting(PlanHit::place).contains(PlanHit.Place.INDICATOR);
        assertThat(plain).extracting(PlanHit::excerpt).anyMatch(e -> e.contains("Số năm sống khỏe mạnh"));
        assertThat(search.find(planId, "so nam song khoe manh", false)).isEmpty();
    }

    @Test
    void eitherToneStyleFindsTheOther() {
        // The task is written "sức khoẻ" (tone on the second vowel); the official types "khỏe".
        List<PlanHit> typedFirstVowel = search.find(planId, "chăm sóc sức khỏe theo nguyên lý", false);
        // The section heading is written "Văn hoá"; the official types "hóa".
        List<PlanHit> typedHoa = search.find(planId, "Phòng Văn hóa - Xã hội", false);
        // And the other way: "khoẻ" typed finds the many "khỏe" of the plan.
        List<PlanHit> typedSecondVowel = search.find(planId, "sống khoẻ mạnh", false);

        assertThat(typedFirstVowel).singleElement().extracting(PlanHit::excerpt).asString()
                .contains("chăm sóc sức khoẻ theo nguyên lý");
        assertThat(typedHoa).singleElement().extracting(PlanHit::place).isEqualTo(PlanHit.Place.SECTION);
        assertThat(typedSecondVowel).extracting(PlanHit::excerpt).anyMatch(e -> e.contains("sống khỏe mạnh"));
    }

    @Test
    void aWordTheyDoNotHoldFindsNothing() {
        assertThat(search.find(planId, "tàu vũ trụ", true)).isEmpty();
        assertThat(search.find(planId, "   ", true)).isEmpty();
    }

    @Test
    void sectionPathsFollowHowOfficialsSayThem() {
        assertThat(PlanSearch.path("", "II.")).isEqualTo("II");
        assertThat(PlanSearch.path("II", "3.")).isEqualTo("II.3");
        assertThat(PlanSearch.path("II.3", "3.1.")).isEqualTo("II.3.1");
        assertThat(PlanSearch.path("II.3.1", "a)")).isEqualTo("II.3.1.a");
        assertThat(PlanSearch.path("II.3", "-")).isEqualTo("II.3");
    }

    private static Section sectionNamed(List<Section> sections, String heading) {
        for (Section s : sections) {
            if (heading.equals(s.heading())) {
                return s;
            }
            Section inner = sectionNamed(s.children(), heading);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
