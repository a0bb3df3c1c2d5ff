package vn.kehoachxa.domain.plan;

import java.time.LocalDate;

/**
 * Kế hoạch: the plan's own fields (metadata, header, signer, reporting rule), without its content tree and tables.
 * {@code number} is the bare number ({@code 12}), {@code symbol} the rest ({@code KH-UBND}, {@code CTr/ĐU}); both
 * number and issue date may be blank in a draft. {@code issuingBody} may hold a line break where it is printed on
 * two lines ("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA"). {@code communeName} is the issuer's area with its kind word ("xã Mường
 * La", "tỉnh Thái Nguyên"). {@code typeName} is the printed type name when it differs from the type's title
 * ("CHƯƠNG TRÌNH HÀNH ĐỘNG", null: {@link DocumentType#title()}, see {@link TypeNames}); {@code issuerLevel} the level
 * of the issuing committee. {@code partyRules} is the edition of the Party's rules the plan is laid out under
 * ({@link PartyRules#UNSTATED} where a caller does not say). {@code identity} is the plan's global id, commune code
 * and demo mark ({@link PlanIdentity#NONE} where a caller does not say).
 */
public record Plan(
        Long id,
        DocumentFamily family,
        DocumentType type,
        String number,
        String symbol,
        LocalDate issueDate,
        String place,
        String summary,
        String communeName,
        String superiorBody,
        String issuingBody,
        String openingText,
        String closingText,
        Signer signer,
        int startYear,
        int endYear,
        Integer visionYear,
        PlanStatus status,
        Long revisesPlanId,
        ReportingRule reportingRule,
        String typeName,
        IssuerLevel issuerLevel,
        PartyRules partyRules,
        PlanIdentity identity) {

    public Plan {
        partyRules = partyRules == null ? PartyRules.UNSTATED : partyRules;
        identity = identity == null ? PlanIdentity.NONE : identity;
        if (family == null || type == null || status == null || reportingRule == null || signer == null) {
            throw new IllegalArgumentException("family, type, status, signer and reportingRule are required");
        }
        issuerLevel = issuerLevel == null ? IssuerLevel.COMMUNE : issuerLevel;
    }

    /** A plan without a known identity (callers written before it): the database gives it a global id. */
    public Plan(Long id, DocumentFamily family, DocumentType type, String number, String symbol, LocalDate issueDate,
                String place, String summary, String communeName, String superiorBody, String issuingBody,
                String openingText, String closingText, Signer signer, int startYear, int endYear,
                Integer visionYear, PlanStatus status, Long revisesPlanId, ReportingRule reportingRule,
                String typeName, IssuerLevel issuerLevel, PartyRules partyRules) {
        this(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody, issuingBody,
                openingText, closingText, signer, startYear, endYear, visionYear, status, revisesPlanId,
                reportingRule, typeName, issuerLevel, partyRules, PlanIdentity.NONE);
    }

    /** A commune's plan printing its type's own title. */
    public Plan(Long id, DocumentFamily family, DocumentType type, String number, String symbol, LocalDate issueDate,
                String place, String summary, String communeName, String superiorBody, String issuingBody,
                String openingText, String closingText, Signer signer, int startYear, int endYear,
                Integer visionYear, PlanStatus status, Long revisesPlanId, ReportingRule reportingRule) {
        this(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody, issuingBody,
                openingText, closingText, signer, startYear, endYear, visionYear, status, revisesPlanId,
                reportingRule, null, IssuerLevel.COMMUNE, PartyRules.UNSTATED, PlanIdentity.NONE);
    }

    /** The same plan under another id (after insert, or as a copy). */
    public Plan withId(Long newId) {
        return new Plan(newId, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody,
                issuingBody, openingText, closingText, signer, startYear, endYear, visionYear, status,
                revisesPlanId, reportingRule, typeName, issuerLevel, partyRules, identity);
    }

    /** The same plan printing {@code name} as its type name (null: the type's title). */
    public Plan withTypeName(String name) {
        return new Plan(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody,
                issuingBody, openingText, closingText, signer, startYear, endYear, visionYear, status,
                revisesPlanId, reportingRule, name, issuerLevel, partyRules, identity);
    }

    /** The same plan issued by another committee: its level, area, superior body and printed name. */
    public Plan withIssuer(IssuerLevel level, String area, String superior, String issuing) {
        return new Plan(id, family, type, number, symbol, issueDate, place, summary, area, superior, issuing,
                openingText, closingText, signer, startYear, endYear, visionYear, status, revisesPlanId,
                reportingRule, typeName, level, partyRules, identity);
    }

    /** This plan with the components past the first twenty taken from {@code source} (edits written before them). */
    public Plan withExtrasOf(Plan source) {
        return new Plan(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody,
                issuingBody, openingText, closingText, signer, startYear, endYear, visionYear, status,
                revisesPlanId, reportingRule, source.typeName, source.issuerLevel,
                source.partyRules, source.identity);
    }

    /** The same plan laid out under {@code rules}. */
    public Plan withPartyRules(PartyRules rules) {
        return new Plan(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody,
                issuingBody, openingText, closingText, signer, startYear, endYear, visionYear, status,
                revisesPlanId, reportingRule, typeName, issuerLevel, rules, identity);
    }

    /** The same plan with {@code newIdentity}. */
    public Plan withIdentity(PlanIdentity newIdentity) {
        return new Plan(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody,
                issuingBody, openingText, closingText, signer, startYear, endYear, visionYear, status,
                revisesPlanId, reportingRule, typeName, issuerLevel, partyRules, newIdentity);
    }

    /** Số và ký hiệu as the family prints it: {@code 12/KH-UBND} or {@code 10-CTr/ĐU}; blank number kept blank. */
    public String numberAndSymbol() {
        String n = number == null ? "" : number.strip();
        String separator = family == DocumentFamily.PARTY ? "-" : "/";
        return n + separator + symbol;
    }
}
