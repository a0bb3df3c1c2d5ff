package vn.kehoachxa.domain.collect;

import java.time.Instant;
import java.util.UUID;

/**
 * One commune's line in a period's receipt list: its state, the package in force ({@code packageId}, null when
 * missing), when the first package of the period arrived ({@code firstReceivedAt}) and when the one in force did
 * ({@code receivedAt}), how many corrections replaced earlier packages, and the plan version it reported on.
 */
public record CommuneReceipt(ProvinceCommune commune, ReceiptState state, UUID packageId, Instant firstReceivedAt,
                             Instant receivedAt, int corrections, String planVersion) {
    public CommuneReceipt {
        if (commune == null || state == null) {
            throw new IllegalArgumentException("a receipt needs its commune and state");
        }
        planVersion = planVersion == null ? "" : planVersion;
    }

    /** Whether a correction replaced the commune's first package of the period. */
    public boolean replaced() {
        return corrections > 0;
    }
}
