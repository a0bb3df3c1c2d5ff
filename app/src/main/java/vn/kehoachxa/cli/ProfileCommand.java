package vn.kehoachxa.cli;

import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.Workspace;

/**
 * {@code kehoachxa profile}: shows the commune profile (thông tin xã) or, with options, sets it, so that an
 * installation can be prepared without the first-run wizard (several offices' PCs, or the installer's training run).
 * Options left out keep their current value; the committee names and place default from the name as in the wizard.
 */
@Command(name = "profile")
final class ProfileCommand implements Callable<Integer> {

    @ParentCommand
    KeHoachXaCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "TÊN", descriptionKey = "cli.profile.name")
    String name;
    @Option(names = "--kind", paramLabel = "LOẠI", descriptionKey = "cli.profile.kind",
            converter = KindConverter.class)
    CommuneKind kind;
    @Option(names = "--province", paramLabel = "TỈNH", descriptionKey = "cli.profile.province")
    String province;
    @Option(names = "--code", paramLabel = "MÃ", descriptionKey = "cli.profile.adminCode")
    String adminCode;
    @Option(names = "--people-committee", paramLabel = "TÊN", descriptionKey = "cli.profile.peopleCommittee")
    String peopleCommittee;
    @Option(names = "--party-committee", paramLabel = "TÊN", descriptionKey = "cli.profile.partyCommittee")
    String partyCommittee;
    @Option(names = "--place", paramLabel = "ĐỊA_DANH", descriptionKey = "cli.profile.place")
    String place;
    @Option(names = "--recipient", paramLabel = "CƠ_QUAN;EMAIL", descriptionKey = "cli.profile.recipient")
    List<String> recipients;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            CommuneService service = workspace.commune();
            Optional<CommuneProfile> current = service.profile();
            PrintWriter out = spec.commandLine().getOut();
            if (!anyOption()) {
                current.ifPresentOrElse(p -> print(p, out),
                        () -> out.println(Texts.get("cli.profile.none", workspace.folder())));
                return KeHoachXaCommand.OK;
            }
            CommuneProfile updated = merge(current.orElse(null));
            service.save(updated);
            out.println(Texts.get("cli.profile.saved", updated.displayName()));
            print(updated, out);
        }
        return KeHoachXaCommand.OK;
    }

    private boolean anyOption() {
        return name != null || kind != null || province != null || peopleCommittee != null || partyCommittee != null
                || place != null || recipients != null || adminCode != null;
    }

    /** The stored profile with the given options applied; refuses, naming every gap, what could not be saved. */
    CommuneProfile merge(CommuneProfile current) {
        String newName = pick(name, current == null ? null : current.officialName());
        CommuneKind newKind = kind != null ? kind : current != null ? current.kind() : CommuneKind.XA;
        String newProvince = pick(province, current == null ? null : current.province());
        List<String> problems = new ArrayList<>();
        if (newName == null) {
            problems.add(Texts.get("profile.error.name"));
        }
        if (newProvince == null) {
            problems.add(Texts.get("profile.error.province"));
        }
        String newCode = adminCode != null ? adminCode : current == null ? null : current.adminCode();
        CommuneProfile.adminCodeProblem(newCode).ifPresent(problems::add);
        List<UpwardRecipient> upward = current == null ? List.of() : current.upwardRecipients();
        if (recipients != null) {
            upward = parseRecipients(problems);
        }
        if (!problems.isEmpty()) {
            throw new DomainException(Texts.get("cli.profile.invalid"), problems, null);
        }
        boolean renamed = current == null || !newName.equals(current.officialName()) || newKind != current.kind();
        String people = pick(peopleCommittee, renamed ? null : current.peopleCommitteeName());
        String party = pick(partyCommittee, renamed ? null : current.partyCommitteeName());
        String newPlace = pick(place, renamed ? null : current.placeName());
        return new CommuneProfile(newName, newKind, newProvince,
                people != null ? people : CommuneProfile.usualPeopleCommitteeName(newKind, newName),
                party != null ? party : CommuneProfile.usualPartyCommitteeName(newKind, newName),
                newPlace != null ? newPlace : newName,
                current == null ? List.of() : current.signers(), upward, newCode);
    }

    private List<UpwardRecipient> parseRecipients(List<String> problems) {
        List<UpwardRecipient> out = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String[] parts = recipients.get(i).split(";", 2);
            String body = parts[0].strip();
            String email = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
            if (body.isEmpty()) {
                problems.add(Texts.get("profile.error.recipientName", i + 1));
            } else if (email != null && !UpwardRecipient.isEmail(email)) {
                problems.add(Texts.get("profile.error.email", i + 1, email));
            } else {
                out.add(new UpwardRecipient(body, email));
            }
        }
        return out;
    }

    private static String pick(String given, String fallback) {
        if (given != null) {
            return given.isBlank() ? null : given.strip();
        }
        return fallback == null || fallback.isBlank() ? null : fallback;
    }

    private static void print(CommuneProfile p, PrintWriter out) {
        out.println(Texts.get("cli.profile.line.name", p.displayName()));
        out.println(Texts.get("cli.profile.line.province", nullToDash(p.province())));
        out.println(Texts.get("cli.profile.line.adminCode", nullToDash(p.adminCode())));
        out.println(Texts.get("cli.profile.line.peopleCommittee", nullToDash(p.peopleCommitteeName())));
        out.println(Texts.get("cli.profile.line.partyCommittee", nullToDash(p.partyCommitteeName())));
        out.println(Texts.get("cli.profile.line.place", nullToDash(p.placeName())));
        for (UpwardRecipient r : p.upwardRecipients()) {
            out.println(Texts.get("cli.profile.line.recipient", r.name(), nullToDash(r.email())));
        }
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** Reads {@code xa}, {@code phuong}, {@code dac-khu} or the Vietnamese words, any case, with or without marks. */
    static final class KindConverter implements ITypeConverter<CommuneKind> {
        @Override
        public CommuneKind convert(String value) {
            String key = fold(value);
            for (CommuneKind k : CommuneKind.values()) {
                if (key.equals(fold(k.word())) || key.equals(fold(k.name()))) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(Texts.get("cli.profile.badKind", value));
        }

        private static String fold(String s) {
            String noMarks = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace('đ', 'd').replace('Đ', 'D');
            return noMarks.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        }
    }
}
