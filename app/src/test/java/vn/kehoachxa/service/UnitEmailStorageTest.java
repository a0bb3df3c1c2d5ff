package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;

/** Units' e-mails on real H2: stored tidied, refused when malformed, kept over reopening and by plan import. */
class UnitEmailStorageTest {
    @TempDir
    Path dir;

    @Test
    void aListOfAddressesIsStoredTidiedAndReadBackAfterReopening() {
        // Eight addresses of 40-odd characters: longer than the 320 characters the column held before V12.
        String many = String.join(", ", IntStream.range(1, 9)
                .mapToObj(i -> "truong-thon-ban-so-" + i + "@xamuongla.sonla.gov.vn").toList());
        long id;
        try (Database db = Database.open(dir)) {
            UnitService units = new UnitService(db);
            Unit added = units.add(Unit.named("Các bản, tiểu khu", UnitKind.VILLAGE).withEmail(many));
            id = added.id();
            assertThat(added.email()).isEqualTo(many.replace(", ", "; ")).hasSizeGreaterThan(320);
        }
        try (Database db = Database.open(dir)) {
            Unit back = new UnitService(db).all().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
            assertThat(back.emails()).hasSize(8).first().isEqualTo("truong-thon-ban-so-1@xamuongla.sonla.gov.vn");
        }
    }

    @Test
    void aMalformedAddressIsRefusedNamingItAndNothingIsStored() {
        try (Database db = Database.open(dir)) {
            UnitService units = new UnitService(db);
            Unit health = units.add(Unit.named("Trạm Y tế xã", UnitKind.HEALTH).withEmail("tyt.muongla@gmail.com"));

            assertThatThrownBy(() -> units.update(health.withEmail("tyt.muongla@gmail.com; trạm y tế@gmail")))
                    .isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("Địa chỉ e-mail \"trạm y tế@gmail\" không hợp lệ");
            assertThatThrownBy(() -> units.add(Unit.named("Công an xã", UnitKind.POLICE).withEmail("congan")))
                    .isInstanceOf(DomainException.class).hasMessageContaining("\"congan\"");
            assertThat(units.all()).extracting(Unit::name).containsExactly("Trạm Y tế xã");
            assertThat(units.all().getFirst().email()).isEqualTo("tyt.muongla@gmail.com");
        }
    }

    @Test
    void importingAPlanFillsInAMissingEmailButKeepsTheOneTheOfficeHas() {
        PlanDocument sample = PlanFiles.readBundledSample("muong-la");
        List<Unit> withEmails = sample.units().stream().map(u -> switch (u.name()) {
            case "Trạm Y tế xã" -> u.withEmail("tyt.from.file@gmail.com");
            case "Công an xã" -> u.withEmail("congan.from.file@gmail.com");
            default -> u;
        }).toList();
        PlanDocument doc = new PlanDocument(sample.plan(), sample.basisDocuments(), sample.sections(),
                sample.recipients(), withEmails, sample.indicatorGroups(), sample.targetGroups(), sample.taskGroups(),
                sample.appendices());
        try (Database db = Database.open(dir)) {
            UnitService units = new UnitService(db);
            units.add(Unit.named("Trạm Y tế xã", UnitKind.HEALTH).withEmail("tyt.office@gmail.com"));
            units.add(Unit.named("Công an xã", UnitKind.POLICE));

            new PlanService(db).create(doc);

            assertThat(email(units, "Trạm Y tế xã")).isEqualTo("tyt.office@gmail.com");
            assertThat(email(units, "Công an xã")).isEqualTo("congan.from.file@gmail.com");
        }
    }

    private static String email(UnitService units, String name) {
        return units.all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().email();
    }
}
