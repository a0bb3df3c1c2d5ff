package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.exchange.collect.SyntheticProvince;
import vn.kehoachxa.persistence.collector.CollectorDatabase;

/**
 * Dữ liệu mẫu của tỉnh: fills an empty collector with a made-up province (100 communes of "Sơn La", four quarters of
 * 2026, some communes late, missing or correcting), so a newcomer can explore the collector's screens and exports
 * before real packages arrive. The packages are real .zip files written beside, taken in through the same import as
 * real ones, each as if received when its commune sent it (so "late" means late). Refused on a collector that already
 * has communes: sample data never mixes with a province's own.
 */
public final class SampleProvince {
    /** What the sample holds: how many communes and packages, and the import's outcomes. */
    public record Filled(int communes, int packages, ImportReport report) {
    }

    private SampleProvince() {
    }

    /** Fills {@code db} (which must have no communes), writing the packages under {@code packagesFolder}. */
    public static Filled fill(CollectorDatabase db, Path packagesFolder, ZoneId zone) {
        ProvinceCommuneService communes = new ProvinceCommuneService(db, Clock.system(zone));
        if (!communes.communes().isEmpty()) {
            throw new DomainException(Texts.get("collect.sample.notEmpty"));
        }
        SyntheticProvince province = SyntheticProvince.of(SyntheticProvince.Settings.of(100, 4, 2026)
                .withShares(0.05, 0.10, 0.05));
        List<SyntheticProvince.GeneratedPackage> written = province.write(packagesFolder);
        communes.setProvince("Sơn La");
        for (ProvinceCommune c : province.communes()) {
            communes.add(c);
        }
        for (PackagePeriod p : province.periods()) {
            communes.setDueDate(p.kind(), p.year(), p.index(), SyntheticProvince.dueDate(p));
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        CollectorImportService reader = new CollectorImportService(db, Clock.system(zone));
        for (SyntheticProvince.GeneratedPackage g : written) {
            // Read once, then stored as if received ten minutes after its commune sent it (so "late" means late).
            PackageBatch batch = reader.read(List.of(g.zip()), progress -> { });
            Instant sent = batch.results().stream().filter(r -> r.received() != null).findFirst()
                    .map(r -> r.received().manifest().createdAt()).orElseGet(Instant::now);
            CollectorImportService storing = new CollectorImportService(db,
                    Clock.fixed(sent.plus(Duration.ofMinutes(10)), zone));
            outcomes.addAll(storing.store(batch, progress -> { }).outcomes());
        }
        return new Filled(province.communes().size(), written.size(), new ImportReport(outcomes));
    }
}
