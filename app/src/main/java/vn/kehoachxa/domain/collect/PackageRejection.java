package vn.kehoachxa.domain.collect;

/**
 * Lý do từ chối gói: why the collector refuses a package. Every refusal leaves the database as it was and reaches the
 * official as a Vietnamese sentence naming the file and what to ask the commune for.
 */
public enum PackageRejection {
    /** Not a report package at all: no {@code manifest.json} in the folder, .zip or e-mail. */
    NOT_A_PACKAGE,
    /** The manifest or results file is not valid JSON of the format, or names a field wrongly. */
    MALFORMED,
    /** Written by a newer app (format version above what this one reads). */
    NEWER_FORMAT,
    /** A listed file is missing, or its bytes do not match the manifest's checksum or size. */
    TAMPERED,
    /** Too large: a file over the size limit, or a .zip that would unpack to too much (zip bomb). */
    TOO_LARGE,
    /** The commune's code is not in the province's list of communes. */
    UNKNOWN_COMMUNE,
    /** The package belongs to another province. */
    OTHER_PROVINCE,
    /** A correction names a package this collector never received, or one already replaced by another. */
    BAD_CORRECTION,
    /** Same package id as a stored package but different content (not a harmless re-send). */
    CONFLICTING_DUPLICATE
}
