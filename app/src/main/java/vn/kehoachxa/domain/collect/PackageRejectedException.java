package vn.kehoachxa.domain.collect;

import vn.kehoachxa.domain.DomainException;

/** A package refused, with {@link PackageRejection why} and the Vietnamese message naming the file. */
public final class PackageRejectedException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final PackageRejection reason;

    public PackageRejectedException(PackageRejection reason, String message) {
        this(reason, message, null);
    }

    public PackageRejectedException(PackageRejection reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the package was refused. */
    public PackageRejection reason() {
        return reason;
    }
}
