package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.IssuerNames;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.Signer;

/** Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP, Phụ lục I): the People's Committee layout. */
final class AdministrativeLayout implements DocumentLayout {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final int HEADER_SIZE = 12;
    private static final int MOTTO_SIZE = 13;

    @Override
    public String rulesName() {
        return "Nghị định 30/2020/NĐ-CP";
    }

    @Override
    public int bodySize() {
        return 14;
    }

    @Override
    public int typeNameSize() {
        return 14;
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
        // 35 / 65 of a slightly widened block: the national title must stay on one line at 12 pt.
        return new int[] {3500, 6100};
    }

    @Override
    public List<Line> issuerBlock(Plan plan) {
        List<Line> out = new ArrayList<>();
        LayoutTexts.lines(plan.superiorBody()).forEach(l -> out.add(Line.plain(LayoutTexts.upper(l), HEADER_SIZE)));
        List<String> issuer = LayoutTexts.lines(plan.issuingBody());
        for (int i = 0; i < issuer.size(); i++) {
            Line line = Line.bold(LayoutTexts.upper(issuer.get(i)), HEADER_SIZE);
            out.add(i == issuer.size() - 1 ? line.withRule(Rule.SHORT) : line);
        }
        out.add(Line.plain(numberLine(plan), 13).before(6));
        return out;
    }

    @Override
    public List<Line> nationalBlock(Plan plan) {
        return List.of(
                Line.bold(NATIONAL_TITLE, HEADER_SIZE),
                Line.bold(MOTTO, MOTTO_SIZE).withRule(Rule.TEXT_LENGTH),
                new Line(LayoutTexts.placeDate(plan), 14, false, true, Rule.NONE, 6));
    }

    @Override
    public String numberLine(Plan plan) {
        return "Số: " + numberAndSymbol(plan);
    }

    @Override
    public String numberAndSymbol(Plan plan) {
        return LayoutTexts.number(plan) + "/" + plan.symbol();
    }

    @Override
    public String archiveLine() {
        return "Lưu: VT, VHXH";
    }

    @Override
    public String issuerInWords(Plan plan) {
        return IssuerNames.inWords(plan);
    }
}
