package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.exchange.unitform.UnitFormReader;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.reporting.FormMailing;
import vn.kehoachxa.service.reporting.PeriodOverview;

/** One e-mail draft per unit after a quarter's forms of the Mường La plan, read back with Jakarta Mail and POI. */
class FormMailServiceTest {
    private static final String VHXH = "Phòng Văn hoá - Xã hội";
    private static final String TYT = "Trạm Y tế xã";

    @TempDir
    Path dir;
    Database db;
    UnitService units;
    ReportingService reporting;
    FormMailService mail;
    long planId;
    ReportingPeriod q1;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("db"));
        Clock clock = Clock.fixed(LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        reporting = new ReportingService(db, clock);
        units = new UnitService(db);
        mail = new FormMailService(db, new UnitFormService(db, clock), clock);
        PlanService plans = new PlanService(db);
        planId = plans.create(PlanFiles.readBundledSample("muong-la"));
        // Mường La reports yearly; the common rule (quarterly, before the 20th of the last month) gives a quarter.
        Plan m = plans.load(planId).plan();
        plans.update(new Plan(m.id(), m.family(), m.type(), m.number(), m.symbol(), m.issueDate(), m.place(),
                m.summary(), m.communeName(), m.superiorBody(), m.issuingBody(), m.openingText(), m.closingText(),
                m.signer(), m.startYear(), m.endYear(), m.visionYear(), m.status(), m.revisesPlanId(),
                ReportingRule.standard()));
        q1 = reporting.generatePeriods(planId).stream().map(PeriodOverview::period)
                .filter(p -> p.kind() == PeriodKind.QUARTER && p.year() == 2027 && p.index() == 1).findFirst()
                .orElseThrow();
        units.update(unit(VHXH).withEmail("vhxh.muongla@gmail.com, truongphong.vhxh@muongla.gov.vn"));
        units.update(unit(TYT).withEmail("tyt.muongla@gmail.com"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Unit unit(String name) {
        return units.all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachUnitGetsAnUnsentDraftToItsAddressesWithItsOwnFormAttached() throws Exception {
        FormMailing made = mail.makeFormsAndDrafts(q1.id(), dir.resolve("out"));

        List<Unit> reporters = reporting.reportingUnits(planId);
        assertThat(made.forms()).hasSize(reporters.size());
        assertThat(made.drafts()).hasSize(reporters.size());
        assertThat(made.draftFolder()).isEqualTo(dir.resolve("out").toAbsolutePath().resolve("Thư nháp Q1-2027"));
        assertThat(made.draftFolder().getParent()).isEqualTo(made.forms().getFirst().toAbsolutePath().getParent());
        for (int i = 0; i < reporters.size(); i++) {
            Unit unit = reporters.get(i);
            Path form = made.forms().get(i);
            MimeMessage draft = read(made.drafts().get(i));
            assertThat(made.drafts().get(i).getFileName().toString())
                    .isEqualTo(form.getFileName().toString().replace(".xlsx", ".eml"));
            assertThat(draft.getHeader("X-Unsent")).containsExactly("1");
            // 20/3/2027 is a Saturday and "trước ngày 20" means by the 19th anyway: Friday 19/03/2027.
            assertThat(draft.getSubject()).isEqualTo("Biểu mẫu báo cáo quý I/2027 — hạn gửi 19/03/2027");
            assertThat(draft.getFrom()).isNull();
            MimeMultipart parts = (MimeMultipart) draft.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat((String) parts.getBodyPart(0).getContent()).startsWith("Kính gửi: " + unit.name() + ".")
                    .contains("Số liệu tính từ ngày 15/12/2026 đến ngày 14/03/2027.")
                    .contains("chậm nhất ngày 19/03/2027").contains("trả lời thư này");
            Part attached = parts.getBodyPart(1);
            assertThat(attached.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(MimeUtility.decodeText(attached.getFileName())).isEqualTo(form.getFileName().toString())
                    .contains(unit.name());
            byte[] bytes;
            try (InputStream in = attached.getInputStream()) {
                bytes = in.readAllBytes();
            }
            assertThat(bytes).isEqualTo(Files.readAllBytes(form));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
            }
            assertThat(UnitFormReader.read(form.getFileName().toString(), bytes).identity().unitId())
                    .isEqualTo(unit.id());
        }
    }

    @Test
    void toHoldsTheUnitsAddressesAndAUnitWithoutEmailGetsAnEmptyToAndIsListed() throws Exception {
        FormMailing made = mail.makeFormsAndDrafts(q1.id(), dir.resolve("out"));

        Map<String, List<String>> toByUnit = new java.util.LinkedHashMap<>();
        List<Unit> reporters = reporting.reportingUnits(planId);
        for (int i = 0; i < reporters.size(); i++) {
            toByUnit.put(reporters.get(i).name(), to(read(made.drafts().get(i))));
        }
        assertThat(toByUnit.get(VHXH)).containsExactly("vhxh.muongla@gmail.com " + VHXH,
                "truongphong.vhxh@muongla.gov.vn " + VHXH);
        assertThat(toByUnit.get(TYT)).containsExactly("tyt.muongla@gmail.com " + TYT);
        List<String> withoutEmail = reporters.stream().map(Unit::name).filter(n -> !n.equals(VHXH) && !n.equals(TYT))
                .toList();
        assertThat(withoutEmail).isNotEmpty();
        withoutEmail.forEach(name -> assertThat(toByUnit.get(name)).isEmpty());
        assertThat(made.unitsWithoutEmail()).containsExactlyElementsOf(withoutEmail);
    }

    @Test
    void makingTheFormsAgainReplacesTheDraftsWithTheNewAddress() throws Exception {
        FormMailing first = mail.makeFormsAndDrafts(q1.id(), dir.resolve("out"));
        Unit noEmail = unit(first.unitsWithoutEmail().getFirst());
        units.update(noEmail.withEmail("congan.muongla@gmail.com"));

        FormMailing again = mail.makeFormsAndDrafts(q1.id(), dir.resolve("out"));

        assertThat(again.drafts()).isEqualTo(first.drafts());
        assertThat(again.unitsWithoutEmail()).doesNotContain(noEmail.name())
                .hasSize(first.unitsWithoutEmail().size() - 1);
        int at = reporting.reportingUnits(planId).stream().map(Unit::id).toList().indexOf(noEmail.id());
        assertThat(to(read(again.drafts().get(at)))).containsExactly("congan.muongla@gmail.com " + noEmail.name());
        try (var files = Files.list(again.draftFolder())) {
            assertThat(files.filter(f -> f.toString().endsWith(".eml")).count()).isEqualTo(again.drafts().size());
        }
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static List<String> to(MimeMessage draft) throws Exception {
        Address[] to = draft.getRecipients(Message.RecipientType.TO);
        List<String> out = new ArrayList<>();
        if (to != null) {
            for (Address a : to) {
                out.add(((InternetAddress) a).getAddress() + " " + ((InternetAddress) a).getPersonal());
            }
        }
        return out;
    }
}
