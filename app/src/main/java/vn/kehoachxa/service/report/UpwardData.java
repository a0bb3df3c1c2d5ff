package vn.kehoachxa.service.report;

import java.util.UUID;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.collect.PackagePeriod;

/**
 * Định danh gói gửi tỉnh: what the machine-readable part of an upward package is written from, read with the rest of
 * the package's data (issue 17) — the commune's administrative code, name and province, the plan's global id,
 * content fingerprint and version in force ("Bản 2", blank when never revised), the period, the id of the package
 * last confirmed sent for that period ({@code replaces}, null for a first sending), the commune's period results as
 * Biểu 1 gives them, and the plan file with its reporting data ({@code planFile}, the bytes of the
 * {@code .kehoach.json}).
 */
public record UpwardData(String communeCode, String communeName, String province, UUID planGlobalId,
                         String planFingerprint, String planVersion, PackagePeriod period, UUID replaces,
                         CommuneResults results, byte[] planFile) {
    public UpwardData {
        if (communeCode == null || planGlobalId == null || period == null || results == null || planFile == null) {
            throw new IllegalArgumentException("upward data needs the commune code, plan id, period and results");
        }
        province = province == null ? "" : province;
    }
}
