package vn.kehoachxa.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.CommuneProfile.DefaultSigner;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.Signer;

/**
 * The commune profile form (thông tin xã) as editable text: validation in Vietnamese and conversion to and from
 * {@link CommuneProfile}. Upward recipients are typed one per line as {@code Tên cơ quan; email}.
 */
public final class CommuneProfileViewModel {

    /** Tên xã, without the kind word ("Mường La"). */
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<CommuneKind> kind = new SimpleObjectProperty<>(CommuneKind.XA);
    public final StringProperty province = new SimpleStringProperty("");
    /** Mã đơn vị hành chính: five digits, or blank while the office does not know it. */
    public final StringProperty adminCode = new SimpleStringProperty("");
    public final StringProperty peopleCommittee = new SimpleStringProperty("");
    public final StringProperty partyCommittee = new SimpleStringProperty("");
    public final StringProperty placeName = new SimpleStringProperty("");
    public final StringProperty adminSignerTitle = new SimpleStringProperty("CHỦ TỊCH");
    public final StringProperty adminSignerName = new SimpleStringProperty("");
    public final StringProperty partySignerTitle = new SimpleStringProperty("BÍ THƯ");
    public final StringProperty partySignerName = new SimpleStringProperty("");
    public final StringProperty recipients = new SimpleStringProperty("");

    /**
     * The derived values each derived field last received (People's Committee, Party committee, place): a field
     * still holding it (or blank) follows the name and kind; one the user typed over keeps what they typed.
     */
    private String derivedPeople = "";
    private String derivedParty = "";
    private String derivedPlace = "";

    /** The form follows the name and kind as they change: derived names update until edited by hand. */
    public CommuneProfileViewModel() {
        name.addListener((obs, old, now) -> followNameAndKind());
        kind.addListener((obs, old, now) -> followNameAndKind());
    }

    /** Every editable field, for listeners that re-check the form as the user types. */
    public javafx.beans.Observable[] fields() {
        return new javafx.beans.Observable[] {name, kind, province, peopleCommittee, partyCommittee, placeName,
            adminSignerTitle, adminSignerName, partySignerTitle, partySignerName, recipients, adminCode};
    }

    /** Fills the committee names and place from the commune name when they are still empty or still derived. */
    public void suggestFromName() {
        followNameAndKind();
    }

    /**
     * Sets each derived field (Ủy ban, Đảng ủy, place) from the current name and kind, unless the user has typed
     * something else into it: choosing phường after typing the name turns "ỦY BAN NHÂN DÂN XÃ …" into "… PHƯỜNG …".
     */
    private void followNameAndKind() {
        String n = name.get() == null ? "" : name.get().strip();
        CommuneKind k = kind.get() == null ? CommuneKind.XA : kind.get();
        derivedPeople = follow(peopleCommittee, derivedPeople,
                n.isEmpty() ? "" : CommuneProfile.usualPeopleCommitteeName(k, n));
        derivedParty = follow(partyCommittee, derivedParty,
                n.isEmpty() ? "" : CommuneProfile.usualPartyCommitteeName(k, n));
        derivedPlace = follow(placeName, derivedPlace, n);
    }

    /** Puts {@code value} in {@code field} when it holds {@code lastDerived} or nothing; returns what it derives. */
    private static String follow(StringProperty field, String lastDerived, String value) {
        String now = field.get() == null ? "" : field.get();
        if (now.isBlank() || now.equals(lastDerived)) {
            field.set(value);
        }
        return value;
    }

    /** The problem with the commune name, or null. */
    public String nameProblem() {
        return name.get() == null || name.get().isBlank() ? Texts.get("profile.error.name") : null;
    }

    /** The problem with the province, or null (the database requires it). */
    public String provinceProblem() {
        return province.get() == null || province.get().isBlank() ? Texts.get("profile.error.province") : null;
    }

    /** The problem with the administrative code, or null (blank is allowed: not known yet). */
    public String adminCodeProblem() {
        return CommuneProfile.adminCodeProblem(adminCode.get()).orElse(null);
    }

    /** The problem with the People's Committee name, or null (it heads every administrative document). */
    public String peopleCommitteeProblem() {
        return peopleCommittee.get() == null || peopleCommittee.get().isBlank()
                ? Texts.get("profile.error.peopleCommittee") : null;
    }

    /** The problem with the place name, or null. */
    public String placeProblem() {
        return placeName.get() == null || placeName.get().isBlank() ? Texts.get("profile.error.place") : null;
    }

    /** The first problem in the recipients lines, or null. */
    public String recipientsProblem() {
        String[] lines = recipients.get() == null ? new String[0] : recipients.get().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            if (parts[0].isBlank()) {
                return Texts.get("profile.error.recipientName", i + 1);
            }
            if (parts.length > 1 && !parts[1].isBlank() && !UpwardRecipient.isEmail(parts[1])) {
                return Texts.get("profile.error.email", i + 1, parts[1].strip());
            }
        }
        return null;
    }

    /** Every problem, in form order; empty when the profile can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (String p : new String[] {nameProblem(), provinceProblem(), adminCodeProblem(), peopleCommitteeProblem(),
            placeProblem(), recipientsProblem()}) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The profile the form describes; call only when {@link #problems()} is empty. */
    public CommuneProfile toProfile() {
        List<DefaultSigner> signers = new ArrayList<>();
        if (!adminSignerName.get().isBlank()) {
            signers.add(new DefaultSigner(DocumentFamily.ADMINISTRATIVE, new Signer("TM. ỦY BAN NHÂN DÂN", null,
                    adminSignerTitle.get().strip(), adminSignerName.get().strip())));
        }
        if (!partySignerName.get().isBlank()) {
            signers.add(new DefaultSigner(DocumentFamily.PARTY, new Signer("T/M ĐẢNG ỦY", null,
                    partySignerTitle.get().strip(), partySignerName.get().strip())));
        }
        List<UpwardRecipient> upward = new ArrayList<>();
        for (String line : recipients.get().split("\\R")) {
            String[] parts = line.strip().split(";", 2);
            if (!parts[0].isBlank()) {
                upward.add(new UpwardRecipient(parts[0].strip(), parts.length > 1 && !parts[1].isBlank()
                        ? parts[1].strip() : null));
            }
        }
        return new CommuneProfile(name.get().strip(), kind.get(), blankToNull(province.get()),
                blankToNull(peopleCommittee.get()), blankToNull(partyCommittee.get()), placeName.get().strip(),
                signers, upward, blankToNull(adminCode.get()));
    }

    /** Shows {@code profile} in the form. */
    public void load(CommuneProfile profile) {
        // The saved names go in first, so following the loaded name and kind keeps them; names that are the usual
        // ones for the loaded name and kind follow later edits of the name or kind.
        peopleCommittee.set(nullToBlank(profile.peopleCommitteeName()));
        partyCommittee.set(nullToBlank(profile.partyCommitteeName()));
        placeName.set(nullToBlank(profile.placeName()));
        derivedPeople = CommuneProfile.usualPeopleCommitteeName(profile.kind(), profile.officialName());
        derivedParty = CommuneProfile.usualPartyCommitteeName(profile.kind(), profile.officialName());
        derivedPlace = profile.officialName().strip();
        name.set(profile.officialName());
        kind.set(profile.kind());
        province.set(nullToBlank(profile.province()));
        adminCode.set(nullToBlank(profile.adminCode()));
        for (DefaultSigner s : profile.signers()) {
            StringProperty title = s.family() == DocumentFamily.PARTY ? partySignerTitle : adminSignerTitle;
            StringProperty who = s.family() == DocumentFamily.PARTY ? partySignerName : adminSignerName;
            title.set(nullToBlank(s.signer().title()));
            who.set(nullToBlank(s.signer().name()));
        }
        StringBuilder lines = new StringBuilder();
        for (UpwardRecipient r : profile.upwardRecipients()) {
            lines.append(r.name()).append(r.email() == null ? "" : "; " + r.email()).append('\n');
        }
        recipients.set(lines.toString().strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
