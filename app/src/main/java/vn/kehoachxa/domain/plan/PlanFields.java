package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trường dữ liệu trong văn bản: the plan's period, issuer, type name and cited documents written into its text as
 * fields — {@code {giai đoạn}} ("2026-2030"), {@code {năm đầu}}, {@code {năm cuối}}, {@code {cơ quan ban hành}}
 * ("Ủy ban nhân dân xã Mường La"), {@code {loại văn bản}} ("Kế hoạch") and {@code {căn cứ 2}} (the second basis
 * document as cited). The stored text keeps the field, so changing the period or a cited document changes every
 * place it appears; Word, Excel, print preview and unit forms print {@link #resolve(PlanDocument) resolved} text,
 * never a field. A deadline worded with a field ("{giai đoạn}") gets its structured form from the resolved wording.
 * See docs/decisions/0016-plan-text-fields.md.
 */
public final class PlanFields {
    public static final String PERIOD = "{giai đoạn}";
    public static final String START_YEAR = "{năm đầu}";
    public static final String END_YEAR = "{năm cuối}";
    public static final String ISSUER = "{cơ quan ban hành}";
    public static final String TYPE = "{loại văn bản}";
    /** {@code {căn cứ 1}}: basis document 1, as listed in Thông tin kế hoạch. */
    public static final String BASIS_PREFIX = "{căn cứ ";
    /** Any field: braces around letters, digits and spaces. */
    private static final Pattern FIELD = Pattern.compile("\\{([\\p{L}\\d ]{1,40})}");

    private PlanFields() {
    }

    /** Whether {@code text} holds a field. */
    public static boolean hasField(String text) {
        return text != null && FIELD.matcher(text).find();
    }

    /** The fields of {@code text} this plan cannot fill (unknown name, a basis document it does not list). */
    public static List<String> unknownFields(String text, Plan plan, List<String> basis) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            if (value(m.group(), plan, basis) == null) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** {@code text} with every field filled from {@code plan} and {@code basis}; an unknown field prints as nothing. */
    public static String resolve(String text, Plan plan, List<String> basis) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = value(m.group(), plan, basis);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String field, Plan plan, List<String> basis) {
        return switch (field) {
            case PERIOD -> plan.startYear() + "-" + plan.endYear();
            case START_YEAR -> String.valueOf(plan.startYear());
            case END_YEAR -> String.valueOf(plan.endYear());
            case ISSUER -> IssuerNames.inWords(plan);
            case TYPE -> TypeNames.inWords(plan);
            default -> basisDocument(field, plan, basis);
        };
    }

    private static String basisDocument(String field, Plan plan, List<String> basis) {
        if (!field.startsWith(BASIS_PREFIX)) {
            return null;
        }
        String index = field.substring(BASIS_PREFIX.length(), field.length() - 1).strip();
        if (!index.matches("\\d{1,2}")) {
            return null;
        }
        int i = Integer.parseInt(index);
        if (i < 1 || i > basis.size()) {
            return null;
        }
        // A basis document is data too: its own period or issuer fields are filled, its citations are not nested.
        String cited = basis.get(i - 1);
        return cited == null || cited.contains(BASIS_PREFIX) ? cited : resolve(cited, plan, List.of());
    }

    /**
     * The document as it prints: every text field resolved, basis documents included, and each deadline worded with a
     * field read again from its resolved wording.
     */
    public static PlanDocument resolve(PlanDocument doc) {
        Plan p = doc.plan();
        List<String> basis = doc.basisDocuments();
        UnaryOperator<String> r = text -> resolve(text, p, basis);
        ReportingRule rule = p.reportingRule();
        ReportingRule printedRule = new ReportingRule(rule.quarterly(), rule.halfYear(), rule.nineMonth(),
                rule.yearly(), rule.deadlineDay(), rule.dayCounts(), rule.weekendPolicy(), rule.yearlyMonth(),
                rule.yearlyDay(), r.apply(rule.originalText()), rule.firstPeriodMonth());
        Plan plan = new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                r.apply(p.summary()), p.communeName(), p.superiorBody(), p.issuingBody(), r.apply(p.openingText()),
                r.apply(p.closingText()), p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(),
                p.revisesPlanId(), printedRule).withExtrasOf(p);
        return new PlanDocument(plan, basis.stream().map(r).toList(), sections(doc.sections(), r),
                doc.recipients().stream().map(x -> new Recipient(r.apply(x.name()), r.apply(x.note()))).toList(),
                doc.units(), indicatorGroups(doc.indicatorGroups(), r, p), groups(doc.targetGroups(), r, p),
                groups(doc.taskGroups(), r, p), doc.appendices().stream().map(a -> new Appendix(a.table(),
                        a.printed(), r.apply(a.title()), r.apply(a.contentHeading()))).toList());
    }

    /**
     * The document with each deadline worded with a field given the structured form of its resolved wording (the
     * wording itself keeps the field), so due dates follow the plan's period.
     */
    public static PlanDocument withDerivedDeadlines(PlanDocument doc) {
        Plan p = doc.plan();
        UnaryOperator<String> same = UnaryOperator.identity();
        return new PlanDocument(p, doc.basisDocuments(), doc.sections(), doc.recipients(), doc.units(),
                indicatorGroups(doc.indicatorGroups(), same, p), groups(doc.targetGroups(), same, p),
                groups(doc.taskGroups(), same, p), doc.appendices());
    }

    /** The structured form of {@code deadline} for {@code plan}'s period, its wording passed through {@code r}. */
    static Deadline deadline(Deadline deadline, UnaryOperator<String> r, Plan plan) {
        if (deadline == null || !hasField(deadline.originalText())) {
            return deadline;
        }
        String resolved = resolve(deadline.originalText(), plan, List.of());
        Deadline parsed = DeadlineText.parse(resolved);
        if (parsed == null) {
            return deadline;
        }
        return new Deadline(parsed.kind(), r.apply(deadline.originalText()), parsed.year(), parsed.endYear(),
                parsed.month(), parsed.day());
    }

    private static List<Section> sections(List<Section> sections, UnaryOperator<String> r) {
        return sections.stream().map(s -> new Section(s.id(), s.kind(), r.apply(s.heading()), s.numbering(),
                s.blocks().stream().map(b -> new TextBlock(b.kind(), r.apply(b.text()))).toList(),
                sections(s.children(), r))).toList();
    }

    private static List<IndicatorGroup> indicatorGroups(List<IndicatorGroup> groups, UnaryOperator<String> r,
                                                        Plan plan) {
        return groups.stream().map(g -> new IndicatorGroup(g.id(), g.label(), r.apply(g.title()),
                g.indicators().stream().map(i -> new Indicator(i.id(), i.code(), i.numberLabel(), r.apply(i.name()),
                        i.unitOfMeasure(), i.baselineValue(), i.baselineYear(), i.targets(), r.apply(i.note()),
                        i.direction(), i.leads(), i.cooperating(), deadline(i.deadline(), r, plan))).toList()))
                .toList();
    }

    private static List<AssignmentGroup> groups(List<AssignmentGroup> groups, UnaryOperator<String> r, Plan plan) {
        return groups.stream().map(g -> new AssignmentGroup(g.id(), g.label(), r.apply(g.title()),
                items(g.items(), r, plan))).toList();
    }

    private static List<AssignmentItem> items(List<AssignmentItem> items, UnaryOperator<String> r, Plan plan) {
        return items.stream().map(i -> new AssignmentItem(i.id(), i.numberLabel(), r.apply(i.content()),
                i.indicatorCode(), i.leads(), i.cooperating(), deadline(i.deadline(), r, plan),
                r.apply(i.expectedProduct()), items(i.children(), r, plan))).toList();
    }
}
