package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CollectionDue;
import vn.kehoachxa.domain.collect.PackageEntry;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ProvinceNames;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.exchange.communelist.CommuneListReader;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.CollectorStore;
import vn.kehoachxa.service.edit.Change;

/**
 * Danh sách xã và cài đặt của nơi tổng hợp: the province this collector serves, its list of communes and the due
 * dates of its collection periods. Every edit is one transaction and returns the {@link Change} that reverts it, for
 * the screen's {@link vn.kehoachxa.service.edit.EditHistory} (decision 0012). A commune that has sent a package is
 * never removed (decision 0043).
 */
public final class ProvinceCommuneService {
    private final CollectorDatabase db;
    private final Clock clock;

    public ProvinceCommuneService(CollectorDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What importing a list did: how many communes were added, renamed and already so; {@code undo} reverts it. */
    public record ListImport(int added, int updated, int unchanged, Change undo) {
    }

    /** The province this collector serves, if set. */
    public Optional<String> province() {
        return db.read(s -> s.communeList().province());
    }

    /** Sets the province's name (blank: unset); returns the change back. */
    public Change setProvince(String name) {
        String value = name == null || name.isBlank() ? null : name.strip();
        Optional<String> before = db.inTransaction(s -> {
            Optional<String> old = s.communeList().province();
            if (value != null) {
                List<String> others = s.communeList().all().stream()
                        .filter(c -> !ProvinceNames.same(c.province(), value)).map(ProvinceCommune::name).toList();
                if (!others.isEmpty()) {
                    throw new DomainException(Texts.get("communes.province.othersListed", value,
                            String.join(", ", others.subList(0, Math.min(5, others.size())))));
                }
            }
            s.communeList().setProvince(value);
            return old;
        });
        return () -> setProvince(before.orElse(null));
    }

    /** Every commune in the list, by code. */
    public List<ProvinceCommune> communes() {
        return db.read(s -> s.communeList().all());
    }

    /** Adds {@code commune}; returns the change that removes it again. */
    public Change add(ProvinceCommune commune) {
        db.inTransaction(s -> {
            checkProvince(s, commune, Texts.get("communes.field.province"));
            s.communeList().find(commune.code()).ifPresent(c -> {
                throw new DomainException(Texts.get("communes.codeTaken", commune.code(), c.name()));
            });
            s.communeList().insert(commune, clock.instant());
            return null;
        });
        return () -> remove(commune.code());
    }

    /**
     * Rewrites commune {@code code} as {@code changed} (name, province, or the code itself while it has no package);
     * returns the change back.
     */
    public Change edit(String code, ProvinceCommune changed) {
        ProvinceCommune before = db.inTransaction(s -> {
            ProvinceCommune old = s.communeList().find(code)
                    .orElseThrow(() -> new DomainException(Texts.get("communes.notFound", code)));
            checkProvince(s, changed, Texts.get("communes.field.province"));
            if (!changed.code().equals(code)) {
                List<PackageEntry> sent = s.packages().ofCommune(code);
                if (!sent.isEmpty()) {
                    throw new DomainException(Texts.get("communes.codeLocked", old.name(), code,
                            String.valueOf(sent.size())));
                }
                s.communeList().find(changed.code()).ifPresent(c -> {
                    throw new DomainException(Texts.get("communes.codeTaken", changed.code(), c.name()));
                });
                Instant added = s.communeList().addedAt(code).orElse(clock.instant());
                s.communeList().delete(code);
                s.communeList().insert(changed, added);
            } else {
                s.communeList().update(changed);
            }
            return old;
        });
        return () -> edit(changed.code(), before);
    }

    /**
     * What removing commune {@code code} would take: empty when it has no package, else the sentence saying how many
     * packages and which periods, for which it is refused.
     */
    public Optional<String> removalProblem(String code) {
        return db.read(s -> problem(s, code));
    }

    /** Removes commune {@code code}, refused when it has a package; returns the change that puts it back. */
    public Change remove(String code) {
        record Gone(ProvinceCommune commune, Instant addedAt) {
        }
        Gone gone = db.inTransaction(s -> {
            ProvinceCommune old = s.communeList().find(code)
                    .orElseThrow(() -> new DomainException(Texts.get("communes.notFound", code)));
            problem(s, code).ifPresent(p -> {
                throw new DomainException(p);
            });
            Instant added = s.communeList().addedAt(code).orElse(clock.instant());
            s.communeList().delete(code);
            return new Gone(old, added);
        });
        return () -> {
            db.inTransaction(s -> {
                s.communeList().insert(gone.commune(), gone.addedAt());
                return null;
            });
            return () -> remove(code);
        };
    }

    /**
     * Takes in the list in {@code file} (.xlsx or .csv; columns mã, tên xã/phường, tỉnh), all or nothing: new codes
     * are added, known codes renamed; no commune is removed. When the province is not set yet and the list names
     * one, it becomes the province.
     */
    public ListImport importList(Path file) {
        Optional<String> province = province();
        List<ProvinceCommune> rows = CommuneListReader.read(file, province.orElse(null));
        record Done(List<String> added, List<ProvinceCommune> renamed, int unchanged, boolean provinceSet) {
        }
        Done done = db.inTransaction(s -> {
            boolean set = false;
            if (s.communeList().province().isEmpty()) {
                s.communeList().setProvince(rows.getFirst().province());
                set = true;
            }
            List<String> added = new ArrayList<>();
            List<ProvinceCommune> renamed = new ArrayList<>();
            int same = 0;
            for (ProvinceCommune row : rows) {
                Optional<ProvinceCommune> old = s.communeList().find(row.code());
                if (old.isEmpty()) {
                    checkProvince(s, row, row.code());
                    s.communeList().insert(row, clock.instant());
                    added.add(row.code());
                } else if (!old.get().equals(row)) {
                    s.communeList().update(row);
                    renamed.add(old.get());
                } else {
                    same++;
                }
            }
            return new Done(added, renamed, same, set);
        });
        Change undo = () -> {
            Set<String> locked = new LinkedHashSet<>();
            db.inTransaction(s -> {
                for (String code : done.added()) {
                    problem(s, code).ifPresent(p -> locked.add(p));
                }
                if (!locked.isEmpty()) {
                    throw new DomainException(locked.iterator().next());
                }
                done.added().forEach(code -> s.communeList().delete(code));
                done.renamed().forEach(old -> s.communeList().update(old));
                if (done.provinceSet()) {
                    s.communeList().setProvince(null);
                }
                return null;
            });
            return () -> importList(file).undo();
        };
        return new ListImport(done.added().size(), done.renamed().size(), done.unchanged(), undo);
    }

    /** The due date of a period: the one set, else the default rule's. */
    public CollectionDue dueDate(PeriodKind kind, int year, int index) {
        return db.read(s -> s.dueDates().find(kind, year, index)
                .map(d -> new CollectionDue(kind, year, index, d, true))
                .orElseGet(() -> CollectionDue.byDefault(kind, year, index)));
    }

    /** Every due date the province set, by period. */
    public List<CollectionDue> dueDatesSet() {
        return db.read(s -> s.dueDates().all());
    }

    /** Sets a period's due date ({@code null}: back to the default rule); returns the change back. */
    public Change setDueDate(PeriodKind kind, int year, int index, LocalDate due) {
        CollectionDue.byDefault(kind, year, index);
        Optional<LocalDate> before = db.inTransaction(s -> {
            Optional<LocalDate> old = s.dueDates().find(kind, year, index);
            s.dueDates().set(kind, year, index, due);
            return old;
        });
        return () -> setDueDate(kind, year, index, before.orElse(null));
    }

    private static Optional<String> problem(CollectorStore s, String code) {
        List<PackageEntry> sent = s.packages().ofCommune(code);
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        Set<String> periods = new LinkedHashSet<>();
        sent.forEach(p -> periods.add(ImportRules.period(p.period())));
        String name = s.communeList().find(code).map(ProvinceCommune::name).orElse(code);
        return Optional.of(Texts.get("communes.hasPackages", name, code, String.valueOf(sent.size()),
                String.join(", ", periods)));
    }

    private static void checkProvince(CollectorStore s, ProvinceCommune commune, String where) {
        Optional<String> province = s.communeList().province();
        if (province.isPresent() && !ProvinceNames.same(province.get(), commune.province())) {
            throw new DomainException(Texts.get("communes.otherProvince", where, commune.name(),
                    commune.province(), province.get()));
        }
    }
}
