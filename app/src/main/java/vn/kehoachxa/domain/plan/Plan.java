package vn.kehoachxa.domain.plan;

import java.time.LocalDate;

/**
 * Kế hoạch: the plan's own fields (metadata, header, signer, reporting rule), without its content tree and tables.
 * {@code number} is the bare number ({@code 12}), {@code symbol} the rest ({@code KH-UBND}, {@code CTr/ĐU}); both
 * number and issue date may be blank in a draft. {@code issuingBody} may hold a line break where it is printed on
 * two lines ("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA"). {@code partyRules} is the edition of the Party's rules the plan is laid
 * out under ({@link PartyRules#UNSTATED} where a caller does not say).
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
        PartyRules partyRules) {

    public Plan {
        partyRules = partyRules == null ? PartyRules.UNSTATED : partyRules;
        if (family == null || type == null || status == null || reportingRule == null || signer == null) {
            throw new IllegalArgumentException("family, type, status, signer and reportingRule are required");
        }
    }

    /** A plan made under {@link PartyRules#UNSTATED}: every caller written before the Party rules were a choice. */
    public Plan(Long id, DocumentFamily family, DocumentType type, String number, String symbol, LocalDate issueDate,
            String place, String summary, String communeName, String superiorBody, String issuingBody,
            String openingText, String closingText, Signer signer, int startYear, int endYear, Integer visionYear,
            PlanStatus status, Long revisesPlanId, ReportingRule reportingRule) {
        this(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody, issuingBody,
                openingText, closingText, signer, startYear, endYear, visionYear, status, revisesPlanId,
                reportingRule, null);
    }

    /** The same plan under another id (after insert, or as a copy). */
    public Plan withId(Long newId) {
        return new Plan(newId, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody,
                issuingBody, openingText, closingText, signer, startYear, endYear, visionYear, status,
                revisesPlanId, reportingRule, partyRules);
    }

    /** The same plan laid out under {@code rules}. */
    public Plan withPartyRules(PartyRules rules) {
        return new Plan(id, family, type, number, symbol, issueDate, place, summary, communeName, superiorBody,
                issuingBody, openingText, closingText, signer, startYear, endYear, visionYear, status,
                revisesPlanId, reportingRule, rules);
    }


    /** Số và ký hiệu as the family prints it: {@code 12/KH-UBND} or {@code 10-CTr/ĐU}; blank number kept blank. */
    public String numberAndSymbol() {
        String n = number == null ? "" : number.strip();
        String separator = family == DocumentFamily.PARTY ? "-" : "/";
        return n + separator + symbol;
    }
}
