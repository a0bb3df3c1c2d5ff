package vn.kehoachxa.domain.commune;

import java.util.List;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.Signer;

/**
 * Thông tin xã: the commune this installation serves. {@code officialName} is the bare name ("Mường La"),
 * {@code placeName} the place in the date line.
 */
public record CommuneProfile(String officialName, CommuneKind kind, String province, String peopleCommitteeName,
                             String partyCommitteeName, String placeName, List<DefaultSigner> signers,
                             List<UpwardRecipient> upwardRecipients) {
    public CommuneProfile {
        if (officialName == null || officialName.isBlank() || kind == null) {
            throw new IllegalArgumentException("official name and kind are required");
        }
        signers = List.copyOf(signers);
        upwardRecipients = List.copyOf(upwardRecipients);
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
