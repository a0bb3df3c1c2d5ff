package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Numbering;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.PlanIdentity;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.IssueRecord;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanReference;
import vn.kehoachxa.domain.plan.PlanRules;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionKind;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.domain.plan.TypeNames;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitEmails;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.domain.plan.VersionInfo;
import vn.kehoachxa.domain.plan.WeekendPolicy;
import vn.kehoachxa.domain.reporting.ReportingData;

/**
 * Turns a parsed file into a {@link PlanDocument}, collecting every problem (wrong types, unknown values, dangling
 * references, duplicates) before anything is returned. Units are read first so assignees can be checked against
 * them; indicators before the matrices so a row's indicator code can be checked.
 */
final class PlanFileReader {
    /** A UUID as the app writes it: 8-4-4-4-12 hexadecimal digits. */
    private static final java.util.regex.Pattern GLOBAL_ID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ParsedFile file;
    private final UnitReferences units = new UnitReferences();
    private final IndicatorReader indicators;
    private final Map<String, JsonPath> unitNames = new HashMap<>();
    private VersionInfo versions = VersionInfo.none();

    private PlanFileReader(ParsedFile file) {
        this.file = file;
        this.indicators = new IndicatorReader(file, this::assignees);
    }

    static PlanFileContent read(ParsedFile file) {
        PlanFileReader reader = new PlanFileReader(file);
        PlanDocument doc = reader.document();
        ReportingData reporting = ReportingData.empty();
        if (file.problems().isEmpty()) {
            // Reporting data refers to the plan's units, rows and indicators: read it once the plan is whole.
            reporting = ReportingReader.read(file,
                    Fields.of(file, file.root(), JsonPath.ROOT, FileDto.PlanFile.class), doc);
        }
        if (!file.problems().isEmpty()) {
            List<String> problems = file.problems();
            String headline = Texts.get("planfile.invalid", file.fileName(), String.valueOf(problems.size()));
            throw new DomainException(headline, problems, null);
        }
        return new PlanFileContent(doc, reporting, reader.versions);
    }

    private PlanDocument document() {
        Fields root = Fields.of(file, file.root(), JsonPath.ROOT, FileDto.PlanFile.class);
        Integer version = root.integer("formatVersion", true, 0, Integer.MAX_VALUE);
        if (version != null && version > PlanFiles.FORMAT_VERSION) {
            file.problems().clear();
            file.problem(root.at("formatVersion"), "planfile.newerVersion", String.valueOf(version),
                    String.valueOf(PlanFiles.FORMAT_VERSION));
            return null;
        }
        if (version != null && version < 1) {
            file.problem(root.at("formatVersion"), "planfile.badVersion", String.valueOf(version));
        }
        List<Unit> unitList = root.list("units", false, this::unit);
        Fields planFields = root.object("plan", FileDto.Plan.class, true);
        Plan plan = planFields == null ? null : plan(planFields);
        List<String> basis = root.list("basisDocuments", false, this::string);
        List<Section> sections = root.list("sections", false, this::section);
        List<Recipient> recipients = root.list("recipients", false, this::recipient);
        var indicatorGroups = root.list("indicatorGroups", false, indicators::group);
        List<AssignmentGroup> targetGroups = root.list("targetGroups", false, this::group);
        List<AssignmentGroup> taskGroups = root.list("taskGroups", false, this::group);
        List<Appendix> appendices = root.list("appendices", false, this::appendix);
        if (!file.problems().isEmpty()) {
            return null;
        }
        return new PlanDocument(plan, basis, sections, recipients, unitList, indicatorGroups, targetGroups,
                taskGroups, appendices);
    }

    private Plan plan(Fields f) {
        int before = file.problems().size();
        DocumentFamily family = f.enumValue("family", DocumentFamily.class, true);
        DocumentType type = f.enumValue("type", DocumentType.class, true);
        String symbol = f.requiredText("symbol");
        // The same rules as the plan table (PlanRules): what validate accepts, import stores.
        Integer startYear = f.integer("startYear", true, PlanRules.FIRST_YEAR, PlanRules.LAST_YEAR);
        Integer endYear = f.integer("endYear", true, PlanRules.FIRST_YEAR, 2200);
        if (startYear != null && endYear != null && endYear < startYear) {
            f.file().problem(f.at("endYear"), "planfile.yearOrder", String.valueOf(endYear),
                    String.valueOf(startYear));
        }
        Integer visionYear = f.integer("visionYear", false, PlanRules.FIRST_YEAR, 2300);
        if (visionYear != null && endYear != null && visionYear < endYear) {
            f.file().problem(f.at("visionYear"), "planfile.visionOrder", String.valueOf(visionYear),
                    String.valueOf(endYear));
        }
        String place = f.requiredText("place");
        String communeName = f.requiredText("communeName");
        String issuingBody = f.requiredText("issuingBody");
        PlanStatus status = f.enumValue("status", PlanStatus.class, true);
        IssuerLevel level = f.enumValue("issuerLevel", IssuerLevel.class, false);
        Fields s = f.object("signer", FileDto.Signer.class, false);
        Signer signer = s == null ? Signer.empty()
                : new Signer(s.text("authority"), s.text("deputyMark"), s.text("title"), s.text("name"));
        Fields r = f.object("reportingRule", FileDto.ReportingRule.class, false);
        ReportingRule rule = r == null ? ReportingRule.standard() : reportingRule(r);
        versions = new VersionInfo(issue(f.object("issue", FileDto.Issue.class, false)),
                revises(f.object("revises", FileDto.Revises.class, false)));
        // Files written before the choice existed were made under HD 36.
        PartyRules rules = f.enumValue("partyRules", PartyRules.class, false);
        PlanIdentity identity = identity(f);
        return build(f.path(), before, () -> new Plan(null, family, type, f.text("number"), symbol, f.date("issueDate"),
                place, f.text("summary"), communeName, f.text("superiorBody"),
                issuingBody, f.text("openingText"), f.text("closingText"), signer,
                startYear == null ? 0 : startYear, endYear == null ? 0 : endYear,
                visionYear, status, null, rule,
                type == null ? null : TypeNames.stored(type, f.text("typeName")), level,
                rules == null ? PartyRules.UNSTATED : rules, identity));
    }

    /** The plan's global id, commune code and province (optional; older files have none, decision 0037). */
    private static PlanIdentity identity(Fields f) {
        String globalId = f.text("globalId");
        if (globalId != null && !GLOBAL_ID.matcher(globalId).matches()) {
            f.file().problem(f.at("globalId"), "planfile.badGlobalId", globalId);
            globalId = null;
        }
        String code = f.text("communeCode");
        if (code != null && CommuneProfile.adminCodeProblem(code).isPresent()) {
            f.file().problem(f.at("communeCode"), "planfile.badCommuneCode", code);
            code = null;
        }
        return new PlanIdentity(globalId, code, f.text("province"), false);
    }

    /** When the plan was issued and its signed file; null when the file has none. */
    private IssueRecord issue(Fields f) {
        if (f == null) {
            return null;
        }
        String at = f.requiredText("issuedAt");
        String sha = f.text("signedSha256");
        if (sha != null && !sha.matches("[0-9a-f]{64}")) {
            file.problem(f.at("signedSha256"), "planfile.badSha256", sha);
        }
        if (at == null) {
            return null;
        }
        try {
            return new IssueRecord(LocalDateTime.parse(at), f.text("signedFile"), sha);
        } catch (DateTimeParseException e) {
            file.problem(f.at("issuedAt"), "planfile.badDateTime", at);
            return null;
        }
    }

    /** The version this plan revises; null when the file names none. */
    private PlanReference revises(Fields f) {
        if (f == null) {
            return null;
        }
        String symbol = f.requiredText("symbol");
        LocalDate date = f.date("issueDate");
        return symbol == null ? null : new PlanReference(f.text("number"), symbol, date);
    }

    private ReportingRule reportingRule(Fields r) {
        Integer day = r.integer("deadlineDay", false, 1, 31);
        Integer yearlyMonth = r.integer("yearlyMonth", false, 1, 12);
        Integer yearlyDay = r.integer("yearlyDay", false, 1, 31);
        if ((yearlyMonth == null) != (yearlyDay == null)) {
            r.file().problem(r.path(), "planfile.yearlyTogether");
            return null;
        }
        WeekendPolicy policy = r.enumValue("weekendPolicy", WeekendPolicy.class, false);
        return new ReportingRule(r.bool("quarterly", true), r.bool("halfYear", true), r.bool("nineMonth", false),
                r.bool("yearly", true), day == null ? 20 : day, r.bool("dayCounts", false), policy, yearlyMonth,
                yearlyDay, r.text("originalText"), r.yearMonth("firstPeriodMonth"));
    }

    private String string(JsonNode node, JsonPath path) {
        if (!node.isTextual() || node.textValue().isBlank()) {
            file.problem(path, node.isTextual() ? "planfile.blank" : "planfile.expectedString");
            return null;
        }
        return PlanFileWriter.nfc(node.textValue());
    }

    private Section section(JsonNode node, JsonPath path) {
        int before = file.problems().size();
        Fields f = Fields.of(file, node, path, FileDto.Section.class);
        if (f == null) {
            return null;
        }
        SectionKind kind = f.enumValue("kind", SectionKind.class, false);
        String heading = f.requiredText("heading");
        Numbering numbering = f.enumValue("numbering", Numbering.class, false);
        List<TextBlock> blocks = f.list("blocks", false, this::block);
        List<Section> children = f.list("children", false, this::section);
        return build(path, before, () -> new Section(null, kind, heading, numbering, blocks, children));
    }

    private TextBlock block(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.Block.class);
        if (f == null) {
            return null;
        }
        BlockKind kind = f.enumValue("kind", BlockKind.class, true);
        String text = f.requiredText("text");
        return kind == null || text == null ? null : new TextBlock(kind, text);
    }

    private Appendix appendix(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.Appendix.class);
        if (f == null) {
            return null;
        }
        TableKind table = f.enumValue("table", TableKind.class, true);
        boolean printed = f.bool("printed", true);
        return table == null ? null : new Appendix(table, printed, f.text("title"), f.text("contentHeading"));
    }

    private Recipient recipient(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.Recipient.class);
        if (f == null) {
            return null;
        }
        String name = f.requiredText("name");
        String note = f.text("note");
        return name == null ? null : new Recipient(name, note);
    }

    private Unit unit(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.Unit.class);
        if (f == null) {
            return null;
        }
        String name = f.requiredText("name");
        String shortName = f.text("shortName");
        UnitKind kind = f.enumValue("kind", UnitKind.class, false);
        String email = f.text("email");
        if (email != null) {
            String unitName = name == null ? "" : name;
            UnitEmails.problem(email).ifPresent(problem ->
                    file.problem(f.at("email"), "planfile.unitEmail", unitName, problem));
            email = UnitEmails.normalize(email);
        }
        boolean active = f.bool("active", true);
        for (String n : new String[] {name, shortName}) {
            if (n == null) {
                continue;
            }
            JsonPath first = unitNames.putIfAbsent(UnitReferences.key(n), path);
            if (first != null && first != path) {
                file.problem(f.at(n == name ? "name" : "shortName"), "planfile.duplicateUnit", n, file.where(first));
            }
        }
        if (name == null) {
            return null;
        }
        Unit unit = new Unit(null, name, shortName, kind, email, active);
        units.add(unit);
        return unit;
    }

    /** The assignees in array {@code name}: each names a known unit, or is generic text. */
    List<Assignee> assignees(Fields f, String name) {
        return f.list(name, false, (node, path) -> {
            Fields a = Fields.of(file, node, path, FileDto.Assignee.class);
            if (a == null) {
                return null;
            }
            String unit = a.text("unit");
            String generic = a.text("generic");
            if ((unit == null) == (generic == null)) {
                file.problem(path, "planfile.assigneeShape");
                return null;
            }
            if (generic != null) {
                return Assignee.generic(generic);
            }
            if (units.find(unit).isEmpty()) {
                file.problem(a.at("unit"), "planfile.unknownUnit", unit);
            }
            return Assignee.unit(unit);
        });
    }

    private AssignmentGroup group(JsonNode node, JsonPath path) {
        Fields f = Fields.of(file, node, path, FileDto.AssignmentGroup.class);
        if (f == null) {
            return null;
        }
        String label = f.text("label");
        String title = f.text("title");
        List<AssignmentItem> items = items(f, "items");
        return new AssignmentGroup(null, label, title, items);
    }

    private List<AssignmentItem> items(Fields f, String name) {
        Map<String, JsonPath> labels = new HashMap<>();
        return f.list(name, false, (node, path) -> item(node, path, labels));
    }

    private AssignmentItem item(JsonNode node, JsonPath path, Map<String, JsonPath> labels) {
        int before = file.problems().size();
        Fields f = Fields.of(file, node, path, FileDto.AssignmentItem.class);
        if (f == null) {
            return null;
        }
        String label = f.text("numberLabel");
        if (label != null) {
            JsonPath first = labels.putIfAbsent(label, f.at("numberLabel"));
            if (first != null) {
                file.problem(f.at("numberLabel"), "planfile.duplicateLabel", label, file.where(first));
            }
        }
        String content = f.requiredText("content");
        String code = f.text("indicatorCode");
        if (code != null && !indicators.hasCode(code)) {
            file.problem(f.at("indicatorCode"), "planfile.unknownIndicator", code);
        }
        List<Assignee> leads = assignees(f, "leads");
        List<Assignee> cooperating = assignees(f, "cooperating");
        var deadline = indicators.deadline(f);
        String product = f.text("expectedProduct");
        List<AssignmentItem> children = items(f, "children");
        return build(path, before, () -> new AssignmentItem(null, label, content, code, leads, cooperating, deadline,
                product, children));
    }

    /** Builds a domain value; a rule the checks above missed still becomes a problem, never a crash. */
    private <T> T build(JsonPath path, int before, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            if (file.problems().size() == before) {
                file.problem(path, "planfile.inconsistent");
            }
            return null;
        }
    }
}
