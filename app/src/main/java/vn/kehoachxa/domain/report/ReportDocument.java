package vn.kehoachxa.domain.report;

import java.util.List;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.Recipient;

/**
 * Everything a periodic report prints: its header as a document of type BÁO CÁO (issuer, number, date, summary
 * line, signer, family), the bodies it is addressed to ("Kính gửi:"), the edited text, the recipients list ("Nơi
 * nhận:"), the appendix tables Biểu 1–3 and the data cut-off line of its period ("Số liệu tính từ ngày … đến ngày
 * …", Decree 09/2019; null: none printed).
 */
public record ReportDocument(Plan header, List<String> addressees, PeriodicReport report, List<Recipient> recipients,
                             List<ReportTable> tables, String cutoffLine) {
    public ReportDocument {
        addressees = List.copyOf(addressees);
        recipients = List.copyOf(recipients);
        tables = List.copyOf(tables);
    }

    /** A report without a cut-off line. */
    public ReportDocument(Plan header, List<String> addressees, PeriodicReport report, List<Recipient> recipients,
                          List<ReportTable> tables) {
        this(header, addressees, report, recipients, tables, null);
    }
}
