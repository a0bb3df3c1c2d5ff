package vn.kehoachxa.domain.commune;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.Signer;

/**
 * Thông tin xã: the commune this installation serves. {@code officialName} is the bare name ("Mường La"),
 * {@code placeName} the place in the date line. {@code adminCode} is the commune's administrative code (mã đơn vị
 * hành chính, five digits, from the list in force since 1 July 2025), null until the office types it (decision 0037).
 */
public record CommuneProfile(String officialName, CommuneKind kind, String province, String peopleCommitteeName,
                             String partyCommitteeName, String placeName, List<DefaultSigner> signers,
                             List<UpwardRecipient> upwardRecipients, String adminCode) {
    private static final Pattern ADMIN_CODE = Pattern.compile("\\d{5}");

    public CommuneProfile {
        if (officialName == null || officialName.isBlank() || kind == null) {
            throw new IllegalArgumentException("official name and kind are required");
        }
        signers = List.copyOf(signers);
        upwardRecipients = List.copyOf(upwardRecipients);
        adminCode = adminCode == null || adminCode.isBlank() ? null : adminCode.strip();
    }

    /** A profile without an administrative code (callers written before it). */
    public CommuneProfile(String officialName, CommuneKind kind, String province, String peopleCommitteeName,
                          String partyCommitteeName, String placeName, List<DefaultSigner> signers,
                          List<UpwardRecipient> upwardRecipients) {
        this(officialName, kind, province, peopleCommitteeName, partyCommitteeName, placeName, signers,
                upwardRecipients, null);
    }

    /**
     * What is wrong with {@code code} as a commune's administrative code, naming the field; empty when it is five
     * ASCII digits or blank (not known yet).
     */
    public static Optional<String> adminCodeProblem(String code) {
        if (code == null || code.isBlank() || ADMIN_CODE.matcher(code.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Texts.get("profile.error.adminCode", code.strip()));
    }

    /** The same profile with administrative code {@code code}. */
    public CommuneProfile withAdminCode(String code) {
        return new CommuneProfile(officialName, kind, province, peopleCommitteeName, partyCommitteeName, placeName,
                signers, upwardRecipients, code);
    }

    /** "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA": the usual People's Committee name for a commune of this kind and name. */
    public static String usualPeopleCommitteeName(CommuneKind kind, String officialName) {
        return "ỦY BAN NHÂN DÂN " + upperName(kind, officialName);
    }

    /** "ĐẢNG ỦY XÃ MƯỜNG LA": the usual Party committee name. */
    public static String usualPartyCommitteeName(CommuneKind kind, String officialName) {
        return "ĐẢNG ỦY " + upperName(kind, officialName);
    }

    private static String upperName(CommuneKind kind, String officialName) {
        return (kind.word() + " " + officialName.strip()).toUpperCase(Texts.LOCALE);
    }

    /** "xã Mường La". */
    public String displayName() {
        return kind.word() + " " + officialName;
    }

    /** A default signer for one document family. */
    public record DefaultSigner(DocumentFamily family, Signer signer) {
    }
}
