package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.IssuerNames;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;

/**
 * Thể thức văn bản của Đảng: the Party committee layout, under Hướng dẫn 36-HD/VPTW (2018) or the 2026 rules
 * (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW). Both editions print alike: no difference in the elements this layout
 * draws could be confirmed from the 2026 texts (docs/decisions/0017-party-rules-2026.md), so an edition only
 * names itself in the document properties until one is.
 */
final class PartyLayout implements DocumentLayout {

    static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private final PartyRules rules;

    PartyLayout(PartyRules rules) {
        this.rules = rules;
    }

    PartyRules rules() {
        return rules;
    }

    @Override
    public String rulesName() {
        return switch (rules) {
            case HD36_2018 -> "Hướng dẫn 36-HD/VPTW";
            case HD05_2026 -> "Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW";
        };
    }

    /** Party originals end each recipient line with a comma (Hà Đông's programme; Decree 30 keeps ";"). */
    @Override
    public char recipientSeparator() {
        return ',';
    }

    @Override
    public int bodySize() {
        return 14;
    }

    @Override
    public int typeNameSize() {
        return 16;
    }

    @Override
    public int summarySize() {
        return 14;
    }

    @Override
    public int tableSize() {
        return 13;
    }

    @Override
    public int[] headerColumns() {
        return new int[] {5000, 4600};
    }

    @Override
    public List<Line> issuerBlock(Plan plan) {
        List<Line> out = new ArrayList<>();
        LayoutTexts.lines(plan.superiorBody()).forEach(l -> out.add(Line.plain(LayoutTexts.upper(l), 14)));
        LayoutTexts.lines(plan.issuingBody()).forEach(l -> out.add(Line.bold(LayoutTexts.upper(l), 14)));
        out.add(Line.plain("*", 14));
        out.add(Line.plain(numberLine(plan), 14));
        return out;
    }

    @Override
    public List<Line> nationalBlock(Plan plan) {
        return List.of(
                Line.bold(PARTY_NAME, 15).withRule(Rule.TEXT_LENGTH),
                new Line(LayoutTexts.placeDate(plan), 14, false, true, Rule.NONE, 12));
    }

    @Override
    public String numberLine(Plan plan) {
        return "Số " + numberAndSymbol(plan);
    }

    @Override
    public String numberAndSymbol(Plan plan) {
        return LayoutTexts.number(plan) + "-" + plan.symbol();
    }

    @Override
    public String archiveLine() {
        return "Lưu Văn phòng Đảng ủy";
    }

    @Override
    public String issuerInWords(Plan plan) {
        return IssuerNames.inWords(plan);
    }
}
