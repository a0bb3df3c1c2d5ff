package vn.kehoachxa.domain.commune;

import java.util.List;
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

    /** "xã Mường La". */
    public String displayName() {
        return kind.word() + " " + officialName;
    }

    /** A default signer for one document family. */
    public record DefaultSigner(DocumentFamily family, Signer signer) {
    }
}
