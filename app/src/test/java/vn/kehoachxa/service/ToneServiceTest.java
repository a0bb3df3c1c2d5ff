package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.text.ToneConsistency;
import vn.kehoachxa.domain.text.ToneConsistency.WordCount;
import vn.kehoachxa.domain.text.ToneStyle;
import vn.kehoachxa.persistence.Database;

/** The accent-consistency check on the real Mường La plan, imported into a real database. */
class ToneServiceTest {
    static final Path MUONG_LA = Path.of("..", "samples", "muong-la.kehoach.json");

    @TempDir
    Path dir;
    Database db;
    ToneService tones;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        tones = new ToneService(db);
        PlanImportService imports = new PlanImportService(db);
        planId = imports.importPreviewed(imports.preview(MUONG_LA), ClashPolicy.REFUSE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, WordCount> counts() {
        return tones.check(planId, Optional.empty(), Set.of()).words().stream()
                .collect(Collectors.toMap(WordCount::key, Function.identity()));
    }

    @Test
    void findsTheMixedWordsOfTheMuongLaPlan() {
        ToneConsistency.Report report = tones.check(planId, Optional.empty(), Set.of());

        Map<String, WordCount> words = counts();
        // Counted in the stored plan: sections, indicators, matrix rows and the plan's own fields. The sample file
        // has one more "uỷ" and 23 more "hoá" in units' own names and in the rows that name those units: units are
        // the office's list, shared by all plans, not plan prose.
        assertThat(words.get("khỏe")).extracting(WordCount::firstVowel, WordCount::secondVowel).containsExactly(94, 6);
        assertThat(words.get("ủy")).extracting(WordCount::firstVowel, WordCount::secondVowel).containsExactly(12, 3);
        assertThat(words.get("hóa")).extracting(WordCount::firstVowel, WordCount::secondVowel).containsExactly(7, 2);
        assertThat(report.proposed()).isEqualTo(ToneStyle.FIRST_VOWEL);
        assertThat(report.toChange()).extracting(WordCount::key).containsExactlyInAnyOrder("khỏe", "ủy", "hóa");
    }

    @Test
    void unifyingChangesOnlyTheAcceptedWordAndUndoPutsEveryTextBack() throws Exception {
        PlanDocument before = new PlanService(db).load(planId);

        ToneService.Unified done = tones.unify(planId, Set.of("khỏe"), ToneStyle.FIRST_VOWEL, Set.of());

        assertThat(done.words()).isEqualTo(6);
        assertThat(done.fields()).isPositive();
        Map<String, WordCount> after = counts();
        assertThat(after.get("khỏe")).extracting(WordCount::firstVowel, WordCount::secondVowel)
                .containsExactly(100, 0);
        assertThat(after.get("ủy")).extracting(WordCount::firstVowel, WordCount::secondVowel).containsExactly(12, 3);
        assertThat(after.get("hóa")).extracting(WordCount::firstVowel, WordCount::secondVowel).containsExactly(7, 2);

        var redo = done.undo().apply();

        assertThat(new PlanService(db).load(planId)).isEqualTo(before);
        redo.apply();
        assertThat(counts().get("khỏe").secondVowel()).isZero();
    }

    @Test
    void nothingAcceptedChangesNothing() {
        PlanDocument before = new PlanService(db).load(planId);

        ToneService.Unified done = tones.unify(planId, Set.of(), ToneStyle.FIRST_VOWEL, Set.of());

        assertThat(done.fields()).isZero();
        assertThat(new PlanService(db).load(planId)).isEqualTo(before);
    }

    @Test
    void anExcludedSpellingIsLeftAsItIs() {
        tones.unify(planId, Set.of("ủy"), ToneStyle.FIRST_VOWEL, List.of("Uỷ", "uỷ", "UỶ"));

        assertThat(counts().get("ủy")).extracting(WordCount::firstVowel, WordCount::secondVowel)
                .containsExactly(12, 3);
    }
}
