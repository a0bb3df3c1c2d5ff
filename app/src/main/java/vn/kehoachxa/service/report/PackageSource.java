package vn.kehoachxa.service.report;

import java.nio.file.Path;
import java.util.List;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.reporting.ReportingPeriod;

/**
 * Everything a report package is built from, read from the database in one go before the file work starts: the
 * report as it prints, its period, the upward recipients with an email address and the commune's name for the file
 * names, and the signed original of the report when one is recorded ({@code signedPdf}, else null), which goes in the
 * package instead of an unsigned PDF. Building from it needs no database, so the slow part runs apart from the ordered
 * edits. {@code upward} is what the package's manifest, results, ADX and plan file are written from (issue 17); a
 * source without it (null) builds only the report's files.
 */
public record PackageSource(ReportDocument document, ReportingPeriod period, List<UpwardRecipient> recipients,
                            String communeName, Path signedPdf, UpwardData upward) {
    public PackageSource {
        recipients = List.copyOf(recipients);
    }

    /** A source without the package's identity: only the report's files are built. */
    public PackageSource(ReportDocument document, ReportingPeriod period, List<UpwardRecipient> recipients,
                         String communeName, Path signedPdf) {
        this(document, period, recipients, communeName, signedPdf, null);
    }

    /** A source without a signed original. */
    public PackageSource(ReportDocument document, ReportingPeriod period, List<UpwardRecipient> recipients,
                         String communeName) {
        this(document, period, recipients, communeName, null);
    }
}
