package vn.kehoachxa.ui.plan;

import java.time.LocalDate;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;

/** The edits the Thông tin kế hoạch form makes to a {@link Plan} (Kế hoạch), as pure functions. */
public final class PlanEdits {
    private PlanEdits() {
    }

    /** The number as typed: blank clears it. */
    public static Plan withNumber(Plan p, String number) {
        return same(p, new Plan(p.id(), p.family(), p.type(), blankToNull(number), p.symbol(), p.issueDate(), p.place(),
                p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(),
                p.reportingRule()));
    }

    /** Symbol, place and summary as typed. */
    public static Plan withTexts(Plan p, String symbol, String place, String summary) {
        return same(p, new Plan(p.id(), p.family(), p.type(), p.number(), blankToNull(symbol), p.issueDate(),
                blankToNull(place), blankToNull(summary), p.communeName(), p.superiorBody(), p.issuingBody(),
                p.openingText(), p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(),
                p.status(), p.revisesPlanId(), p.reportingRule()));
    }

    /** The issue date. */
    public static Plan withDate(Plan p, LocalDate date) {
        return same(p, new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), date, p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule()));
    }

    /** The signature block: authority ("TM. ỦY BAN NHÂN DÂN"), deputy mark ("KT. CHỦ TỊCH"), title and name. */
    public static Plan withSigner(Plan p, String authority, String deputyMark, String title, String name) {
        Signer signer = new Signer(blankToNull(authority), blankToNull(deputyMark), blankToNull(title),
                blankToNull(name));
        return same(p, new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), signer,
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule()));
    }

    /** The layout family (hành chính / Đảng) and the document type. */
    public static Plan withKind(Plan p, DocumentFamily family, DocumentType type) {
        return same(p, new Plan(p.id(), family, type, p.number(), p.symbol(), p.issueDate(), p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule()));
    }

    /** The plan's period and vision year (null: none). */
    public static Plan withYears(Plan p, int start, int end, Integer vision) {
        return same(p, new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                start, end, vision, p.status(), p.revisesPlanId(), p.reportingRule()));
    }

    /** The reporting rule (chế độ báo cáo). */
    public static Plan withRule(Plan p, ReportingRule rule) {
        return same(p, new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), rule));
    }

    /** The edition of the Party's rules the plan is laid out under (HD 36 of 2018, or the 2026 rules). */
    public static Plan withPartyRules(Plan p, PartyRules rules) {
        return p.withPartyRules(rules);
    }

    /** {@code edited} with what the 20-field copies above do not carry over from {@code p}. */
    private static Plan same(Plan p, Plan edited) {
        return edited.withPartyRules(p.partyRules());
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
