package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.FigureFlag;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.exchange.unitform.FormFiller;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;
import vn.kehoachxa.service.reporting.UnitResult;

/**
 * Figures checked against their unit of measure and the previous quarter: in the import preview, when stored, and on
 * the results; a figure out of range goes in only with the official's note, which is kept and in the history.
 */
class FigureAcceptanceTest {
    @TempDir
    Path dir;
    FilledQuarter q;
    ReportingService reporting;
    UnitFormService forms;
    long q2;
    Indicator vaccination;
    Indicator doctors;
    Unit station;
    Unit office;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
        reporting = new ReportingService(q.db, q.clock);
        forms = new UnitFormService(q.db, q.clock);
        q2 = reporting.periods(q.planId).stream().filter(o -> o.period().kind() == PeriodKind.QUARTER
                && o.period().year() == 2026 && o.period().index() == 2).findFirst().orElseThrow().period().id();
        List<Indicator> indicators = new PlanService(q.db).load(q.planId).indicators();
        vaccination = indicators.stream().filter(i -> i.code().equals("ML-04")).findFirst().orElseThrow();
        doctors = indicators.stream().filter(i -> i.code().equals("ML-06")).findFirst().orElseThrow();
        // The health station reports the vaccination rate (%), the culture-society office the number of doctors.
        station = reporter(vaccination);
        office = reporter(doctors);
        // Last quarter the office counted 4 doctors (the station reported 96,5 % with the others).
        reporting.submit(SubmissionDraft.byHand(q.quarter.period().id(), office.id(), reporting.today(),
                SubmissionSource.MANUAL, null, List.of(), List.of(new ResultEntry(doctors.id(),
                        new BigDecimal("4"), null, null))));
    }

    private Unit reporter(Indicator indicator) {
        return q.units.stream().filter(u -> reporting.unitAssignments(q2, u.id()).indicators().stream()
                .anyMatch(i -> i.indicator().id().equals(indicator.id()))).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    private SubmissionDraft q2Figures(String vaccinationRate, Map<Long, String> notes) {
        return SubmissionDraft.byHand(q2, station.id(), reporting.today(), SubmissionSource.PAPER, null, List.of(),
                List.of(new ResultEntry(vaccination.id(), new BigDecimal(vaccinationRate), null, null)))
                .withAcceptedNotes(notes);
    }

    @Test
    void aPercentageAboveHundredIsRefusedNamingUnitIndicatorAndFigure() {
        assertThatThrownBy(() -> reporting.submit(q2Figures("140", Map.of()))).isInstanceOf(DomainException.class)
                .hasMessage("Số liệu của " + station.name() + " cho chỉ tiêu \"" + vaccination.name()
                        + "\" là 140%: tỷ lệ 140% lớn hơn 100%. Hãy sửa lại số liệu; nếu số đúng, hãy chấp nhận kèm "
                        + "ghi chú giải thích.");
        assertThat(reporting.submissions(q2, station.id())).isEmpty();
    }

    @Test
    void aFigureAcceptedWithANoteIsStoredShownBesideTheFigureAndInTheHistory() {
        reporting.submit(q2Figures("140", Map.of(vaccination.id(), "Tính cả trẻ ở xã bên đến tiêm nhờ")));

        UnitResult r = reporting.results(q2).indicators().stream()
                .filter(e -> e.indicator().id().equals(vaccination.id())).findFirst().orElseThrow()
                .results().getFirst();
        assertThat(r.value()).isEqualByComparingTo("140");
        assertThat(r.flags()).extracting(FigureFlag::kind).containsExactly(FigureFlag.Kind.PERCENT_ABOVE_HUNDRED);
        assertThat(r.acceptedNote()).isEqualTo("Tính cả trẻ ở xã bên đến tiêm nhờ");
        assertThat(r.blocked()).isFalse();
        PeriodEvent event = reporting.history(q2).getFirst();
        assertThat(event.kind()).isEqualTo(PeriodEvent.Kind.FIGURE_ACCEPTED);
        assertThat(event.subject()).isEqualTo(station.name() + " — " + vaccination.name() + ": 140%");
        assertThat(event.detail()).isEqualTo("Tính cả trẻ ở xã bên đến tiêm nhờ");
        assertThat(event.by()).isEqualTo(System.getProperty("user.name"));

        // The same figure again (a correction of another row) needs no second note; a different one is checked anew.
        reporting.submit(q2Figures("140", Map.of()));
        assertThatThrownBy(() -> reporting.submit(q2Figures("-5", Map.of())))
                .hasMessageContaining("tỷ lệ -5% nhỏ hơn 0%");
    }

    @Test
    void aFlaggedStoredFigureCanBeAcceptedOnTheResults() {
        reporting.submit(SubmissionDraft.byHand(q2, office.id(), reporting.today(), SubmissionSource.PAPER, null,
                List.of(), List.of(new ResultEntry(doctors.id(), new BigDecimal("40"), null, null))));
        UnitResult before = doctorsResult();
        assertThat(before.flags()).extracting(FigureFlag::kind).containsExactly(FigureFlag.Kind.BIG_RISE);
        assertThat(before.previous()).isEqualByComparingTo("4");
        assertThat(before.acceptedNote()).isNull();

        assertThatThrownBy(() -> reporting.acceptFigure(q2, office.id(), doctors.id(), " "))
                .hasMessageContaining("Hãy ghi chú lý do");
        reporting.acceptFigure(q2, office.id(), doctors.id(), "Số đúng: gộp cả bác sĩ tăng cường");

        assertThat(doctorsResult().acceptedNote()).isEqualTo("Số đúng: gộp cả bác sĩ tăng cường");
        assertThat(reporting.history(q2)).extracting(PeriodEvent::subject)
                .containsExactly(office.name() + " — " + doctors.name() + ": 40 bác sĩ");
    }

    @Test
    void anAcceptedNoteFollowsTheUnitIntoAMergeAndComesBackOnUndo() {
        reporting.submit(q2Figures("140", Map.of(vaccination.id(), "Tính cả trẻ ở xã bên đến tiêm nhờ")));
        UnitService units = new UnitService(q.db);
        Unit renamed = units.add(Unit.named("Trạm Y tế xã Mường La (mới)", station.kind()));

        vn.kehoachxa.domain.edit.UnitMerge merge = units.merge(station.id(), renamed.id());
        // The figure now reads under the surviving unit, still accepted: the merge did not cascade the note away.
        UnitResult merged = vaccinationResult();
        assertThat(merged.unit().id()).isEqualTo(renamed.id());
        assertThat(merged.value()).isEqualByComparingTo("140");
        assertThat(merged.acceptedNote()).isEqualTo("Tính cả trẻ ở xã bên đến tiêm nhờ");
        assertThat(merged.blocked()).isFalse();

        units.unmerge(merge);
        UnitResult back = vaccinationResult();
        assertThat(back.unit().id()).isEqualTo(station.id());
        assertThat(back.acceptedNote()).isEqualTo("Tính cả trẻ ở xã bên đến tiêm nhờ");
    }

    @Test
    void whereTheSurvivingUnitHasItsOwnNoteItStaysAndTheMergedOneComesBackOnUndo() {
        reporting.submit(q2Figures("140", Map.of(vaccination.id(), "Ghi chú của trạm")));
        // The office does not report this indicator; a note of its own for it is stored directly, as a unit that
        // reported it before an assignment changed would have one.
        q.db.inTransaction(s -> {
            s.periodLocks().accept(q2, office.id(), vaccination.id(), new BigDecimal("150"), "Ghi chú của phòng",
                    java.time.LocalDateTime.of(2026, 6, 1, 8, 0));
            return null;
        });
        UnitService units = new UnitService(q.db);

        vn.kehoachxa.domain.edit.UnitMerge merge = units.merge(station.id(), office.id());
        assertThat(notes()).containsExactly(Map.entry(office.id(), "Ghi chú của phòng"));

        units.unmerge(merge);
        assertThat(notes()).containsOnly(Map.entry(office.id(), "Ghi chú của phòng"),
                Map.entry(station.id(), "Ghi chú của trạm"));
    }

    private Map<Long, String> notes() {
        return q.db.read(s -> s.periodLocks().acceptances(q2).stream().filter(a -> a.indicatorId() == vaccination.id())
                .collect(java.util.stream.Collectors.toMap(
                        vn.kehoachxa.persistence.PeriodLockRepository.Acceptance::unitId,
                        vn.kehoachxa.persistence.PeriodLockRepository.Acceptance::note)));
    }

    private UnitResult vaccinationResult() {
        return reporting.results(q2).indicators().stream().filter(e -> e.indicator().id().equals(vaccination.id()))
                .findFirst().orElseThrow().results().getFirst();
    }

    private UnitResult doctorsResult() {
        return reporting.results(q2).indicators().stream().filter(e -> e.indicator().id().equals(doctors.id()))
                .findFirst().orElseThrow().results().getFirst();
    }

    @Test
    void theImportPreviewShowsFlagsAndAFileWithAnUnacceptedFigureOutOfRangeGoesInOnlyWithANote() throws Exception {
        Path stationForm = forms.generate(q2, station.id(), dir.resolve("forms"));
        FormFiller f = FormFiller.open(stationForm);
        f.number(vaccination.id(), 140, null).save();
        String vaccinationCell = f.indicatorCell(vaccination.id());
        Path officeForm = forms.generate(q2, office.id(), dir.resolve("forms"));
        FormFiller g = FormFiller.open(officeForm);
        g.number(doctors.id(), 40, null).save();

        List<FormPreview> previews = forms.preview(q2, null, List.of(stationForm, officeForm));

        FormPreview rate = previews.getFirst();
        assertThat(rate.ok()).isTrue();
        assertThat(rate.needsNotes()).isTrue();
        assertThat(rate.figures()).singleElement().satisfies(x -> {
            assertThat(x.indicatorId()).isEqualTo(vaccination.id());
            assertThat(x.cell()).isEqualTo(vaccinationCell);
            assertThat(x.flags()).extracting(FigureFlag::message).containsExactly("tỷ lệ 140% lớn hơn 100%");
            assertThat(x.needsNote()).isTrue();
        });
        FormPreview count = previews.getLast();
        assertThat(count.needsNotes()).isFalse();
        assertThat(count.figures()).singleElement().satisfies(x -> {
            assertThat(x.flags()).extracting(FigureFlag::message)
                    .containsExactly("gấp hơn 3 lần kỳ trước (4 → 40)");
            assertThat(x.previous()).isEqualByComparingTo("4");
        });

        List<FormImportResult> first = forms.importPreviewed(previews);
        assertThat(first.getFirst().submission()).isNull();
        assertThat(String.join("\n", first.getFirst().errors())).contains(stationForm.getFileName().toString(),
                "tỷ lệ 140% lớn hơn 100%");
        assertThat(first.getLast().submission()).as("a big change alone does not block").isNotNull();

        FormPreview noted = rate.withNotes(Map.of(vaccination.id(), "Đã kiểm tra sổ tiêm chủng"));
        assertThat(noted.needsNotes()).isFalse();
        List<FormImportResult> imported = forms.importPreviewed(List.of(noted));
        assertThat(imported.getFirst().submission()).isNotNull();
        assertThat(reporting.history(q2)).extracting(PeriodEvent::detail).containsExactly("Đã kiểm tra sổ tiêm chủng");
    }
}
