package vn.kehoachxa.exchange.collect;

import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.ReceivedPackage;

/**
 * What reading one package found: the checked package, or why it was refused (exactly one of the two), with the
 * name of where it came from ("BaoCao-Q1-2026-Muong-La.zip", "thư Q1.eml › BaoCao-….zip").
 */
public record PackageReadResult(String sourceName, ReceivedPackage received, PackageRejectedException rejection) {
    public PackageReadResult {
        if (sourceName == null || (received == null) == (rejection == null)) {
            throw new IllegalArgumentException("a read result is a package or a refusal");
        }
    }
}
