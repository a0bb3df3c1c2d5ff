package vn.kehoachxa.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.ReportWording;
import vn.kehoachxa.service.reporting.FormMailing;

/**
 * Thư gửi biểu mẫu: after a period's forms are made, one e-mail draft per unit (.eml, {@code X-Unsent: 1}, so Outlook
 * opens it ready to send) with the unit's form attached, addressed to the unit's e-mail(s), into a folder beside the
 * forms ({@code Thư nháp Q1-2027}). Sending 15–25 forms by hand is where offices lose time and send a unit another
 * unit's file; here each draft carries its own unit's form. A unit without an e-mail still gets its draft, with an
 * empty To, and is named in the result so the official can fill it in or add the address on Đơn vị.
 */
public final class FormMailService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Database db;
    private final UnitFormService forms;
    private final Clock clock;

    /** Makes forms with {@code forms} and drafts dated by {@code clock}. */
    public FormMailService(Database db, UnitFormService forms, Clock clock) {
        this.db = db;
        this.forms = forms;
        this.clock = clock;
    }

    /** Works on {@code db} with the system clock. */
    public FormMailService(Database db, UnitFormService forms) {
        this(db, forms, Clock.systemDefaultZone());
    }

    /** Makes every reporting unit's form of the period into {@code folder}, then one draft per unit beside them. */
    public FormMailing makeFormsAndDrafts(long periodId, Path folder) {
        return writeDrafts(periodId, forms.generateAllByUnit(periodId, folder), folder);
    }

    /**
     * Writes one draft per form in {@code formsByUnit} (unit id → its form) into the period's draft folder under
     * {@code folder}, replacing drafts of an earlier run.
     *
     * @throws DomainException when a draft cannot be written (the message names the folder)
     */
    public FormMailing writeDrafts(long periodId, Map<Long, Path> formsByUnit, Path folder) {
        Source source = db.read(store -> {
            ReportingPeriod period = ReportingService.period(store, periodId);
            Plan plan = store.plans().get(period.planId());
            List<Unit> units = formsByUnit.keySet().stream().map(id -> store.units().get(id)).toList();
            return new Source(period, plan, units);
        });
        Path drafts = folder.toAbsolutePath().resolve(Texts.get("formmail.folder",
                PeriodNames.shortCode(source.period())));
        List<Path> written = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        try {
            Files.createDirectories(drafts);
            for (Unit unit : source.units()) {
                Path form = formsByUnit.get(unit.id());
                String base = form.getFileName().toString().replaceFirst("\\.xlsx$", "");
                Path eml = drafts.resolve(base + ".eml");
                List<MailDrafts.Recipient> to = unit.emails().stream()
                        .map(address -> new MailDrafts.Recipient(address, unit.name())).toList();
                if (to.isEmpty()) {
                    withoutEmail.add(unit.name());
                }
                MailDrafts.write(eml, to, subject(source.period()), body(source, unit, form), List.of(form),
                        clock.instant());
                written.add(eml);
            }
        } catch (IOException e) {
            throw new DomainException(Texts.get("formmail.cannotWrite", drafts, e.getMessage()), e);
        }
        return new FormMailing(List.copyOf(formsByUnit.values()), drafts, written, withoutEmail);
    }

    /** "Biểu mẫu báo cáo quý I/2027 — hạn gửi 19/03/2027". */
    static String subject(ReportingPeriod period) {
        return Texts.get("formmail.subject", ReportWording.shortPeriod(period), DAY.format(period.dueDate()));
    }

    private static String body(Source s, Unit unit, Path form) {
        ReportingPeriod p = s.period();
        String reporter = ReportWording.reporter(s.plan());
        return Texts.get("formmail.body", unit.name(), ReportWording.planCitation(s.plan()), reporter,
                PeriodNames.name(p), form.getFileName().toString(), DAY.format(p.cutoffStart()),
                DAY.format(p.cutoffEnd()), DAY.format(p.dueDate()));
    }

    private record Source(ReportingPeriod period, Plan plan, List<Unit> units) {
    }
}
