package vn.kehoachxa.exchange.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.PackageFile;
import vn.kehoachxa.domain.collect.PackageManifest;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;
import vn.kehoachxa.domain.reporting.PeriodKind;

/**
 * Reads and writes {@code manifest.json} (docs/report-package-format.md). Reading is strict: an unknown format version
 * above ours is {@link PackageRejection#NEWER_FORMAT}, anything missing or mistyped is {@link PackageRejection#MALFORMED}
 * with the file and field named; unknown extra fields are ignored so a later minor addition still reads.
 */
public final class ManifestJson {
    private ManifestJson() {
    }

    /** The manifest as UTF-8 JSON bytes, fields in a fixed order. */
    public static byte[] write(PackageManifest m) {
        ObjectNode root = CollectJson.object();
        root.put("formatVersion", m.formatVersion());
        root.put("packageId", m.packageId().toString());
        root.put("replaces", m.replaces() == null ? null : m.replaces().toString());
        root.put("createdAt", m.createdAt().toString());
        root.put("appVersion", m.appVersion());
        ObjectNode commune = root.putObject("commune");
        commune.put("code", m.communeCode());
        commune.put("name", m.communeName());
        commune.put("province", m.province());
        ObjectNode plan = root.putObject("plan");
        plan.put("globalId", m.planGlobalId().toString());
        plan.put("fingerprint", m.planFingerprint());
        plan.put("version", m.planVersion());
        PackagePeriod p = m.period();
        ObjectNode period = root.putObject("period");
        period.put("kind", p.kind().name());
        period.put("year", p.year());
        period.put("index", p.index());
        period.put("cutoffStart", p.cutoffStart() == null ? null : p.cutoffStart().toString());
        period.put("cutoffEnd", p.cutoffEnd() == null ? null : p.cutoffEnd().toString());
        period.put("iso", p.iso());
        ArrayNode files = root.putArray("files");
        for (PackageFile f : m.files()) {
            ObjectNode file = files.addObject();
            file.put("name", f.name());
            file.put("sha256", f.sha256());
            file.put("size", f.size());
        }
        return CollectJson.write(root);
    }

    /**
     * Reads a manifest from {@code bytes}; {@code file} names it in messages ("BaoCao-Q1-2026-Muong-La.zip ›
     * manifest.json").
     *
     * @throws PackageRejectedException MALFORMED or NEWER_FORMAT, naming the field
     */
    public static PackageManifest read(byte[] bytes, String file) {
        JsonNode root = CollectJson.parse(bytes, file);
        int version = CollectJson.integer(root, "formatVersion", file, "");
        if (version > PackageManifest.FORMAT_VERSION) {
            throw new PackageRejectedException(PackageRejection.NEWER_FORMAT,
                    Texts.get("collect.manifest.newer", file, version));
        }
        if (version < 1) {
            throw CollectJson.malformed(file, "formatVersion", Texts.get("collect.json.badValue", version), null);
        }
        UUID packageId = CollectJson.uuid(CollectJson.text(root, "packageId", file, ""), file, "packageId");
        String replacesText = CollectJson.optionalText(root, "replaces", file, "");
        UUID replaces = replacesText == null ? null : CollectJson.uuid(replacesText, file, "replaces");
        JsonNode commune = CollectJson.required(root, "commune", file, "");
        JsonNode plan = CollectJson.required(root, "plan", file, "");
        JsonNode period = CollectJson.required(root, "period", file, "");
        String code = CollectJson.text(commune, "code", file, "commune.");
        if (!code.matches("\\d{5}")) {
            throw CollectJson.malformed(file, "commune.code", Texts.get("collect.manifest.badCode", code), null);
        }
        PackagePeriod packagePeriod;
        try {
            packagePeriod = new PackagePeriod(CollectJson.enumValue(PeriodKind.class, period, "kind", file, "period."),
                    CollectJson.integer(period, "year", file, "period."),
                    CollectJson.integer(period, "index", file, "period."),
                    CollectJson.optionalDate(period, "cutoffStart", file, "period."),
                    CollectJson.optionalDate(period, "cutoffEnd", file, "period."));
        } catch (IllegalArgumentException e) {
            throw CollectJson.malformed(file, "period", Texts.get("collect.manifest.badPeriod"), e);
        }
        List<PackageFile> files = new ArrayList<>();
        JsonNode list = CollectJson.required(root, "files", file, "");
        if (!list.isArray()) {
            throw CollectJson.malformed(file, "files", Texts.get("collect.json.notArray"), null);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String path = "files[" + i + "].";
            String name = CollectJson.text(f, "name", file, path);
            try {
                files.add(new PackageFile(name, CollectJson.text(f, "sha256", file, path),
                        CollectJson.longValue(f, "size", file, path)));
            } catch (IllegalArgumentException e) {
                throw CollectJson.malformed(file, path + "name", Texts.get("collect.manifest.badFile", name), e);
            }
            if (!names.add(name) || name.equals(PackageLayout.MANIFEST)) {
                throw CollectJson.malformed(file, path + "name", Texts.get("collect.manifest.badFile", name), null);
            }
        }
        try {
            return new PackageManifest(version, packageId, code, CollectJson.text(commune, "name", file, "commune."),
                    CollectJson.text(commune, "province", file, "commune."),
                    CollectJson.uuid(CollectJson.text(plan, "globalId", file, "plan."), file, "plan.globalId"),
                    CollectJson.text(plan, "fingerprint", file, "plan."),
                    CollectJson.optionalText(plan, "version", file, "plan."), packagePeriod,
                    CollectJson.instant(root, "createdAt", file, ""), replaces,
                    CollectJson.optionalText(root, "appVersion", file, ""), files);
        } catch (IllegalArgumentException e) {
            throw CollectJson.malformed(file, "packageId", e.getMessage(), e);
        }
    }
}
