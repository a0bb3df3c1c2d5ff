package vn.kehoachxa.domain.plan;

import java.time.LocalDateTime;

/**
 * Ban hành: when a plan was issued and, optionally, the signed file (e.g. the digitally signed PDF) kept with it:
 * its path as given and its SHA-256, so a copy can be recognised later. The number and date are the plan's own.
 */
public record IssueRecord(LocalDateTime issuedAt, String signedFile, String signedSha256) {
    public IssueRecord {
        if (issuedAt == null) {
            throw new IllegalArgumentException("issuedAt is required");
        }
    }
}
