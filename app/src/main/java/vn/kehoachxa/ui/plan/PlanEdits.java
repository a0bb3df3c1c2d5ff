package vn.kehoachxa.ui.plan;

import java.time.LocalDate;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.IssuerNames;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TypeNames;

/** The edits the Thông tin kế hoạch form makes to a {@link Plan} (Kế hoạch), as pure functions. */
public final class PlanEdits {
    private PlanEdits() {
    }

    /** The number as typed: blank clears it. */
    public static Plan withNumber(Plan p, String number) {
        return new Plan(p.id(), p.family(), p.type(), blankToNull(number), p.symbol(), p.issueDate(), p.place(),
                p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(),
                p.reportingRule()).withExtrasOf(p);
    }

    /** Symbol, place and summary as typed. */
    public static Plan withTexts(Plan p, String symbol, String place, String summary) {
        return new Plan(p.id(), p.family(), p.type(), p.number(), blankToNull(symbol), p.issueDate(),
                blankToNull(place), blankToNull(summary), p.communeName(), p.superiorBody(), p.issuingBody(),
                p.openingText(), p.closingText(), p.signer(), p.startYear(), p.endYear(), p.visionYear(),
                p.status(), p.revisesPlanId(), p.reportingRule()).withExtrasOf(p);
    }

    /** The issue date. */
    public static Plan withDate(Plan p, LocalDate date) {
        return new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), date, p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule()).withExtrasOf(p);
    }

    /** The signature block: authority ("TM. ỦY BAN NHÂN DÂN"), deputy mark ("KT. CHỦ TỊCH"), title and name. */
    public static Plan withSigner(Plan p, String authority, String deputyMark, String title, String name) {
        Signer signer = new Signer(blankToNull(authority), blankToNull(deputyMark), blankToNull(title),
                blankToNull(name));
        return new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), signer,
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule()).withExtrasOf(p);
    }

    /** The layout family (hành chính / Đảng) and the document type. */
    public static Plan withKind(Plan p, DocumentFamily family, DocumentType type) {
        return new Plan(p.id(), family, type, p.number(), p.symbol(), p.issueDate(), p.place(), p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), p.reportingRule()).withExtrasOf(p);
    }

    /** The plan's period and vision year (null: none). */
    public static Plan withYears(Plan p, int start, int end, Integer vision) {
        return new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                start, end, vision, p.status(), p.revisesPlanId(), p.reportingRule()).withExtrasOf(p);
    }

    /** The reporting rule (chế độ báo cáo). */
    public static Plan withRule(Plan p, ReportingRule rule) {
        return new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(),
                p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(), p.signer(),
                p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(), rule).withExtrasOf(p);
    }

    /** The edition of the Party's rules the plan is laid out under (HD 36 of 2018, or the 2026 rules). */
    public static Plan withPartyRules(Plan p, PartyRules rules) {
        return p.withPartyRules(rules);
    }

    /** The printed type name as typed: blank or the type's own title stores none (see {@link TypeNames}). */
    public static Plan withTypeName(Plan p, String typed) {
        return p.withTypeName(TypeNames.stored(p.type(), typed));
    }

    /** The superior and issuing bodies as typed (the issuing body keeps its line breaks). */
    public static Plan withHeaderNames(Plan p, String superior, String issuing) {
        String lines = issuing == null ? null : issuing.strip().replaceAll("[ \\t]*\\R[ \\t]*", "\n");
        return p.withIssuer(p.issuerLevel(), p.communeName(), blankToNull(superior), blankToNull(lines));
    }

    /**
     * Another level or area of the issuer. Header names that are still the usual ones for the old level and area
     * (or blank) follow the new ones; names typed by hand stay. A provincial Party committee prints no superior body.
     */
    public static Plan withIssuerLevelAndArea(Plan p, IssuerLevel level, String area) {
        String newArea = blankToNull(area);
        IssuerNames.Names before = IssuerNames.usual(p.family(), p.issuerLevel(), orEmpty(p.communeName()), null);
        IssuerNames.Names after = IssuerNames.usual(p.family(), level, orEmpty(newArea), null);
        String issuing = p.issuingBody() == null || p.issuingBody().isBlank()
                || same(p.issuingBody(), before.issuingBody()) ? after.issuingBody() : p.issuingBody();
        String superior = p.family() == DocumentFamily.PARTY && level == IssuerLevel.PROVINCE ? null
                : p.superiorBody();
        return p.withIssuer(level, newArea, superior, issuing);
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
