package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.math.BigDecimal;
import java.util.List;

/**
 * The records of the {@code .kehoach.json} format (tệp kế hoạch). Their component order is the key order of a written
 * file, so reordering a component changes every file the app writes: add new components at the end of a record.
 */
final class FileDto {
    private FileDto() {
    }

    /** The whole file. */
    @JsonInclude(Include.NON_NULL)
    record PlanFile(int formatVersion, Plan plan, List<String> basisDocuments, List<Section> sections,
                    List<Recipient> recipients, List<Unit> units, List<IndicatorGroup> indicatorGroups,
                    List<AssignmentGroup> targetGroups, List<AssignmentGroup> taskGroups,
                    List<Appendix> appendices, List<ReportingPeriod> reportingPeriods,
                    List<Submission> submissions) {
    }

    /** A reporting period (kỳ báo cáo); {@code sentAt} is an ISO local date-time. */
    @JsonInclude(Include.NON_NULL)
    record ReportingPeriod(String kind, Integer year, Integer index, String cutoffStart, String cutoffEnd,
                           String dueDate, String dueNote, String sentAt, String sentTo) {
    }

    /** A period named by kind, year and index. */
    record PeriodRef(String kind, Integer year, Integer index) {
    }

    /** One version of one unit's report; {@code unit} names a unit of {@code units}. */
    @JsonInclude(Include.NON_NULL)
    record Submission(PeriodRef period, String unit, Integer version, String receivedDate, String source,
                      String fileName, String checksum, String note, List<Progress> taskProgress,
                      List<Result> indicatorResults) {
    }

    /**
     * What a submission says of one matrix row, named by its path ({@code taskGroups[5]/6/6.1}); {@code completedOn}
     * is the actual completion date (optional, ISO date).
     */
    @JsonInclude(Include.NON_NULL)
    record Progress(String item, String status, String resultText, String difficulties, String proposals,
                    String completedOn) {
    }

    /** A figure or words for one indicator. */
    @JsonInclude(Include.NON_NULL)
    record Result(String indicatorCode, BigDecimal value, String text, String note) {
    }

    /** How one appendix table prints; absent: printed when it has rows, with the usual title. */
    @JsonInclude(Include.NON_NULL)
    record Appendix(String table, Boolean printed, String title, String contentHeading) {
    }

    /**
     * Plan metadata; blank number and date are written as {@code null} so a reader sees they are blank. The plan's
     * global id (UUID), its commune's administrative code and province are optional (decision 0037).
     */
    @JsonInclude(Include.ALWAYS)
    record Plan(String family, String type, String number, String symbol, String issueDate, String place,
                String summary, String communeName, String superiorBody, String issuingBody, String openingText,
                String closingText, Integer startYear, Integer endYear, Integer visionYear, String status,
                Signer signer, ReportingRule reportingRule,
                @JsonInclude(Include.NON_NULL) String typeName,
                @JsonInclude(Include.NON_NULL) String issuerLevel, @JsonInclude(Include.NON_NULL) Issue issue,
                @JsonInclude(Include.NON_NULL) Revises revises,
                @JsonInclude(Include.NON_NULL) String partyRules,
                @JsonInclude(Include.NON_NULL) String globalId,
                @JsonInclude(Include.NON_NULL) String communeCode,
                @JsonInclude(Include.NON_NULL) String province) {
    }

    /** When the plan was issued and its signed file (optional; decision 0014). */
    record Issue(String issuedAt, String signedFile, String signedSha256) {
    }

    /** The version a revision revises, by number, symbol and date (optional; decision 0014). */
    record Revises(String number, String symbol, String issueDate) {
    }

    @JsonInclude(Include.ALWAYS)
    record Signer(String authority, String deputyMark, String title, String name) {
    }

    @JsonInclude(Include.NON_NULL)
    record ReportingRule(Boolean quarterly, Boolean halfYear, Boolean nineMonth, Boolean yearly, Integer deadlineDay,
                         Boolean dayCounts, String weekendPolicy, Integer yearlyMonth, Integer yearlyDay,
                         String originalText, String firstPeriodMonth) {
    }

    @JsonInclude(Include.NON_NULL)
    record Section(String kind, String heading, String numbering,
                   @JsonInclude(Include.NON_EMPTY) List<Block> blocks,
                   @JsonInclude(Include.NON_EMPTY) List<Section> children) {
    }

    record Block(String kind, String text) {
    }

    @JsonInclude(Include.NON_NULL)
    record Recipient(String name, String note) {
    }

    @JsonInclude(Include.NON_NULL)
    record Unit(String name, String shortName, String kind, String email, Boolean active) {
    }

    @JsonInclude(Include.NON_NULL)
    record IndicatorGroup(String label, String title, List<Indicator> indicators) {
    }

    @JsonInclude(Include.NON_NULL)
    record Indicator(String code, String numberLabel, String name, String unitOfMeasure, BigDecimal baselineValue,
                     Integer baselineYear, String direction, List<Target> targets, String note,
                     @JsonInclude(Include.NON_EMPTY) List<Assignee> leads,
                     @JsonInclude(Include.NON_EMPTY) List<Assignee> cooperating, Deadline deadline) {
    }

    @JsonInclude(Include.NON_NULL)
    record Target(Integer year, String kind, String comparator, BigDecimal value, BigDecimal upperValue,
                  String unitOfMeasure, String qualitativeText, String originalText, String change,
                  BigDecimal baselineValue, Integer baselineYear) {
    }

    /** Exactly one of the two: a unit by name (or short name), or generic wording. */
    @JsonInclude(Include.NON_NULL)
    record Assignee(String unit, String generic) {
    }

    @JsonInclude(Include.NON_NULL)
    record Deadline(String kind, String originalText, Integer year, Integer endYear, Integer month, Integer day) {
    }

    @JsonInclude(Include.NON_NULL)
    record AssignmentGroup(String label, String title, List<AssignmentItem> items) {
    }

    @JsonInclude(Include.NON_NULL)
    record AssignmentItem(String numberLabel, String content, String indicatorCode, List<Assignee> leads,
                          List<Assignee> cooperating, Deadline deadline, String expectedProduct,
                          @JsonInclude(Include.NON_EMPTY) List<AssignmentItem> children) {
    }
}
