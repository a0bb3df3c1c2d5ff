/**
 * The province collector's domain (Tổng hợp báo cáo của tỉnh): what an identified upward report package says about
 * itself ({@link vn.kehoachxa.domain.collect.PackageManifest}), the commune's machine-readable results in it
 * ({@link vn.kehoachxa.domain.collect.CommuneResults}), and why a package is refused
 * ({@link vn.kehoachxa.domain.collect.PackageRejection}). Design: docs/decisions/0038-province-collector.md; file
 * format: docs/report-package-format.md.
 */
package vn.kehoachxa.domain.collect;
