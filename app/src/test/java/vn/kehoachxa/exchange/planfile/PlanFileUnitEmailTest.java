package vn.kehoachxa.exchange.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;

/** The optional "email" of a plan file's units: written, read back, kept through the database, checked. */
class PlanFileUnitEmailTest {
    @TempDir
    Path dir;

    private static PlanDocument muongLaWithEmails() {
        PlanDocument s = PlanFiles.readBundledSample("muong-la");
        List<Unit> units = s.units().stream().map(u -> switch (u.name()) {
            case "Trạm Y tế xã" -> u.withEmail("tyt.muongla@gmail.com; tramtruong.tyt@muongla.gov.vn");
            case "Công an xã" -> u.withEmail("congan.muongla@gmail.com");
            default -> u;
        }).toList();
        return new PlanDocument(s.plan(), s.basisDocuments(), s.sections(), s.recipients(), units,
                s.indicatorGroups(), s.targetGroups(), s.taskGroups(), s.appendices());
    }

    private static Map<String, String> emails(PlanDocument doc) {
        return doc.units().stream().filter(u -> u.email() != null)
                .collect(Collectors.toMap(Unit::name, Unit::email));
    }

    private static PlanDocument read(byte[] bytes) {
        return PlanFiles.read(new ByteArrayInputStream(bytes), "muong-la.kehoach.json");
    }

    @Test
    void unitsEmailsSurviveWriteAndReadAndAnImportExportThroughTheDatabase() {
        PlanDocument doc = muongLaWithEmails();
        Map<String, String> expected = Map.of("Trạm Y tế xã", "tyt.muongla@gmail.com; tramtruong.tyt@muongla.gov.vn",
                "Công an xã", "congan.muongla@gmail.com");

        byte[] written = PlanFiles.toBytes(doc);
        assertThat(new String(written, UTF_8)).contains("congan.muongla@gmail.com");
        assertThat(emails(read(written))).isEqualTo(expected);
        try (Database db = Database.open(dir)) {
            PlanService plans = new PlanService(db);
            long id = plans.create(read(written));
            PlanDocument exported = read(PlanFiles.toBytes(plans.load(id)));
            assertThat(emails(exported)).isEqualTo(expected);
            assertThat(exported.units().stream().filter(u -> u.name().equals("Phòng Kinh tế")).findFirst()
                    .orElseThrow().email()).isNull();
        }
    }

    @Test
    void aMalformedEmailInTheFileIsRefusedNamingTheLineTheUnitAndTheAddress() {
        String json = new String(PlanFiles.toBytes(muongLaWithEmails()), UTF_8)
                .replace("congan.muongla@gmail.com", "congan.muongla@gmail");

        DomainException e = catchThrowableOfType(DomainException.class, () -> read(json.getBytes(UTF_8)));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("Dòng ")
                .contains("email").contains("e-mail của đơn vị \"Công an xã\"")
                .contains("\"congan.muongla@gmail\" không hợp lệ"));
    }

    @Test
    void aCommaSeparatedListInAHandWrittenFileIsReadAsTheSameAddresses() {
        String json = new String(PlanFiles.toBytes(muongLaWithEmails()), UTF_8)
                .replace("tyt.muongla@gmail.com; tramtruong", "tyt.muongla@gmail.com ,tramtruong");

        assertThat(emails(read(json.getBytes(UTF_8))).get("Trạm Y tế xã"))
                .isEqualTo("tyt.muongla@gmail.com; tramtruong.tyt@muongla.gov.vn");
    }
}
