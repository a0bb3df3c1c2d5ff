package vn.kehoachxa.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanIdentity;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.domain.text.UnitNames;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/** SHA-256 fingerprints: of a file's bytes (a returned form) and of a plan's content (the same plan twice). */
final class Fingerprints {
    private Fingerprints() {
    }

    /** The SHA-256 of {@code content} in lower-case hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fingerprint of a plan's document content: the SHA-256 of its canonical plan file without reporting data
     * (ids are never written there). Units count by their match key only: kind, short name and email belong to the
     * commune's unit list, which an import shares with the plans already there, not to the plan itself.
     */
    static String planContent(PlanDocument given) {
        // As stored: a file's labels that only restate the rows' places are not kept (RowNumbers).
        PlanDocument doc = RowNumbers.withOwnLabelsOnly(given);
        var units = doc.units().stream()
                .map(u -> new Unit(null, UnitNames.matchKey(u.name()), null, UnitKind.OTHER, null, true)).toList();
        // Identity is not content: a plan file from before global ids matches the plan it was exported from.
        PlanDocument content = new PlanDocument(doc.plan().withIdentity(PlanIdentity.NONE), doc.basisDocuments(), doc.sections(), doc.recipients(),
                units, doc.indicatorGroups(), doc.targetGroups(), doc.taskGroups(), doc.appendices());
        return sha256(PlanFiles.toBytes(content));
    }
}
