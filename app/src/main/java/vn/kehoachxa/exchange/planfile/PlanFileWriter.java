package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Function;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.IssueRecord;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanReference;
import vn.kehoachxa.domain.plan.VersionInfo;
import vn.kehoachxa.domain.reporting.ReportingData;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.Unit;

/**
 * Writes a plan canonically: keys in DTO order, items in plan order, 2-space indentation, LF, strings in NFC,
 * decimals without trailing zeros, a final newline. Ids are never written: a file is independent of any database.
 */
final class PlanFileWriter {
    private static final ObjectWriter WRITER = createWriter();

    private PlanFileWriter() {
    }

    static byte[] toBytes(PlanDocument doc, ReportingData reporting, VersionInfo versions) {
        FileDto.PlanFile file = toDto(doc, reporting, versions);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            WRITER.writeValue(out, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static ObjectWriter createWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
        return mapper.writer(printer);
    }

    static FileDto.PlanFile toDto(PlanDocument doc, ReportingData reporting, VersionInfo versions) {
        return new FileDto.PlanFile(PlanFiles.FORMAT_VERSION, plan(doc.plan(), versions),
                map(doc.basisDocuments(), PlanFileWriter::nfc), map(doc.sections(), PlanFileWriter::section),
                map(doc.recipients(), r -> new FileDto.Recipient(nfc(r.name()), nfc(r.note()))),
                map(doc.units(), PlanFileWriter::unit), map(doc.indicatorGroups(), PlanFileWriter::indicatorGroup),
                map(doc.targetGroups(), PlanFileWriter::assignmentGroup),
                map(doc.taskGroups(), PlanFileWriter::assignmentGroup),
                doc.appendices().isEmpty() ? null : map(doc.appendices(), a -> new FileDto.Appendix(a.table().name(),
                        a.printed(), nfc(a.title()), nfc(a.contentHeading()))),
                reporting.periods().isEmpty() ? null : map(reporting.periods(), ReportingWriter::period),
                reporting.submissions().isEmpty() ? null : map(reporting.submissions(), ReportingWriter::submission));
    }

    private static FileDto.Plan plan(Plan p, VersionInfo versions) {
        IssueRecord issue = versions.issue();
        PlanReference revises = versions.revises();
        Signer s = p.signer();
        return new FileDto.Plan(p.family().name(), p.type().name(), nfc(p.number()), nfc(p.symbol()),
                p.issueDate() == null ? null : p.issueDate().toString(), nfc(p.place()), nfc(p.summary()),
                nfc(p.communeName()), nfc(p.superiorBody()), nfc(p.issuingBody()), nfc(p.openingText()),
                nfc(p.closingText()), p.startYear(), p.endYear(), p.visionYear(), p.status().name(),
                new FileDto.Signer(nfc(s.authority()), nfc(s.deputyMark()), nfc(s.title()), nfc(s.name())),
                reportingRule(p.reportingRule()), nfc(p.typeName()),
                p.issuerLevel() == IssuerLevel.COMMUNE ? null : p.issuerLevel().name(),
                issue == null ? null : new FileDto.Issue(issue.issuedAt().toString(), nfc(issue.signedFile()),
                        issue.signedSha256()),
                revises == null ? null : new FileDto.Revises(nfc(revises.number()), nfc(revises.symbol()),
                        revises.issueDate() == null ? null : revises.issueDate().toString()),
                // Absent reads as HD 36, so HD 36 plans write as before.
                p.partyRules() == PartyRules.UNSTATED ? null : p.partyRules().name(),
                p.identity().globalId(), p.identity().communeCode(), nfc(p.identity().province()));
    }

    private static FileDto.ReportingRule reportingRule(ReportingRule r) {
        return new FileDto.ReportingRule(r.quarterly(), r.halfYear(), r.nineMonth(), r.yearly(), r.deadlineDay(),
                r.dayCounts(), r.weekendPolicy().name(), r.yearlyMonth(), r.yearlyDay(), nfc(r.originalText()),
                r.firstPeriodMonth() == null ? null : r.firstPeriodMonth().toString());
    }

    private static FileDto.Section section(Section s) {
        return new FileDto.Section(s.kind().name(), nfc(s.heading()), name(s.numbering()),
                map(s.blocks(), b -> new FileDto.Block(b.kind().name(), nfc(b.text()))),
                map(s.children(), PlanFileWriter::section));
    }

    private static FileDto.Unit unit(Unit u) {
        return new FileDto.Unit(nfc(u.name()), nfc(u.shortName()), u.kind().name(), nfc(u.email()), u.active());
    }

    private static FileDto.IndicatorGroup indicatorGroup(IndicatorGroup g) {
        return new FileDto.IndicatorGroup(nfc(g.label()), nfc(g.title()),
                map(g.indicators(), PlanFileWriter::indicator));
    }

    private static FileDto.Indicator indicator(Indicator i) {
        return new FileDto.Indicator(nfc(i.code()), nfc(i.numberLabel()), nfc(i.name()), nfc(i.unitOfMeasure()),
                decimal(i.baselineValue()), i.baselineYear(), i.direction().name(),
                map(i.targets(), PlanFileWriter::target), nfc(i.note()), map(i.leads(), PlanFileWriter::assignee),
                map(i.cooperating(), PlanFileWriter::assignee), deadline(i.deadline()));
    }

    private static FileDto.Target target(IndicatorTarget t) {
        return new FileDto.Target(t.year(), t.kind().name(), t.comparator() == null ? null : t.comparator().sign(),
                decimal(t.value()), decimal(t.upperValue()), null, nfc(t.qualitativeText()),
                nfc(t.originalText()), t.change() == null ? null : t.change().name(), decimal(t.baselineValue()),
                t.baselineYear());
    }

    private static FileDto.AssignmentGroup assignmentGroup(AssignmentGroup g) {
        return new FileDto.AssignmentGroup(nfc(g.label()), nfc(g.title()), map(g.items(), PlanFileWriter::item));
    }

    private static FileDto.AssignmentItem item(AssignmentItem i) {
        return new FileDto.AssignmentItem(nfc(i.numberLabel()), nfc(i.content()), nfc(i.indicatorCode()),
                map(i.leads(), PlanFileWriter::assignee), map(i.cooperating(), PlanFileWriter::assignee),
                deadline(i.deadline()), nfc(i.expectedProduct()), map(i.children(), PlanFileWriter::item));
    }

    private static FileDto.Assignee assignee(Assignee a) {
        return a.generic() ? new FileDto.Assignee(null, nfc(a.name())) : new FileDto.Assignee(nfc(a.name()), null);
    }

    private static FileDto.Deadline deadline(Deadline d) {
        return d == null ? null
                : new FileDto.Deadline(d.kind().name(), nfc(d.originalText()), d.year(), d.endYear(), d.month(),
                        d.day());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** A decimal without trailing zeros, so 75.50 and 75.5 write the same bytes. */
    static BigDecimal decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** NFC with LF line breaks: the same text typed on two machines gives the same bytes. */
    static String nfc(String s) {
        if (s == null) {
            return null;
        }
        String lf = s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list.stream().map(f).toList();
    }
}
