package vn.kehoachxa.exchange.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;

/** Target semantics in the plan file: baselines and the meaning of "X %" kept, wording checked against figures. */
class PlanFileTargetsTest {
    private static final Path HA_DONG = Path.of("..", "samples", "ha-dong.kehoach.json");
    private static final Path MUONG_LA = Path.of("..", "samples", "muong-la.kehoach.json");
    private static final String ML05_WORDING = "\"originalText\": \"tăng thêm 10%\"";

    private static PlanFileContent read(String text, String name) {
        return PlanFiles.readContent(new ByteArrayInputStream(text.getBytes(UTF_8)), name);
    }

    private static int lineOf(String text, String what) {
        assertThat(text).contains(what);
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String withMuongLaRelativeTarget(String fields) throws Exception {
        String text = Files.readString(MUONG_LA, UTF_8);
        assertThat(text).containsOnlyOnce(ML05_WORDING);
        return text.replace(ML05_WORDING, ML05_WORDING + fields);
    }

    private static IndicatorTarget ml05(PlanFileContent content) {
        return content.document().indicators().stream().filter(i -> i.code().equals("ML-05"))
                .map(Indicator::targets).findFirst().orElseThrow().getFirst();
    }

    @Test
    void printedWordingThatContradictsTheStoredFigureIsRefusedAtItsLine() throws Exception {
        String text = Files.readString(HA_DONG, UTF_8).replaceFirst("\"value\": 97,", "\"value\": 9,");

        DomainException e = catchThrowableOfType(DomainException.class, () -> read(text, "ha-dong.kehoach.json"));

        assertThat(e.problems()).containsExactly("Dòng " + lineOf(text, "\"originalText\": \"≥ 97\"")
                + ", $.indicatorGroups[0].indicators[0].targets[0].originalText: chữ in \"≥ 97\" nói \"≥ 97\" nhưng"
                + " giá trị lưu là \"≥ 9\". Hãy sửa \"originalText\" cho khớp với \"comparator\" và \"value\", hoặc"
                + " sửa giá trị cho đúng với chữ in; xóa \"originalText\" thì ứng dụng tự in chỉ tiêu từ giá trị lưu.");
    }

    @Test
    void aComparatorThatContradictsTheWordingIsRefusedToo() throws Exception {
        String text = Files.readString(HA_DONG, UTF_8).replaceFirst("\"comparator\": \"≥\",", "\"comparator\": \"<\",");

        DomainException e = catchThrowableOfType(DomainException.class, () -> read(text, "ha-dong.kehoach.json"));

        assertThat(e.problems()).singleElement().asString()
                .startsWith("Dòng " + lineOf(text, "\"originalText\": \"≥ 97\"") + ", ")
                .contains("giá trị lưu là \"< 97\"");
    }

    @Test
    void everyBundledSampleHasWordingThatAgreesWithItsFigures() {
        for (String name : PlanFiles.bundledSamples()) {
            // reading refuses a file whose wording and figures disagree
            assertThat(PlanFiles.readBundledSample(name).plan()).as(name).isNotNull();
        }
    }

    @Test
    void baselineAndMeaningSurviveAReadWriteRoundTripByteForByte() throws Exception {
        String indent = "\n" + " ".repeat(14);
        String text = withMuongLaRelativeTarget("," + indent + "\"change\": \"ABSOLUTE\"," + indent
                + "\"baselineValue\": 28.5," + indent + "\"baselineYear\": 2025");

        PlanFileContent content = read(text, "muong-la.kehoach.json");

        IndicatorTarget t = ml05(content);
        assertThat(t.change()).isEqualTo(RelativeChange.ABSOLUTE);
        assertThat(t.baselineValue()).isEqualByComparingTo(new BigDecimal("28.5"));
        assertThat(t.baselineYear()).isEqualTo(2025);
        assertThat(new String(PlanFiles.toBytes(content), UTF_8)).isEqualTo(text);
    }

    @Test
    void anOlderFileWithoutTheNewFieldsReadsWithNothingStated() throws Exception {
        IndicatorTarget t = ml05(PlanFiles.readContent(MUONG_LA));

        assertThat(t.change()).isNull();
        assertThat(t.baselineValue()).isNull();
        assertThat(RelativeChange.of(t, "%")).as("'%' on a rate is not guessed").isNull();
    }

    @Test
    void relativeOnlyFieldsOnANumericTargetAreRefused() throws Exception {
        String text = Files.readString(HA_DONG, UTF_8)
                .replaceFirst("\"originalText\": \"≥ 97\"", "\"originalText\": \"≥ 97\", \"change\": \"PERCENT\"");

        DomainException e = catchThrowableOfType(DomainException.class, () -> read(text, "ha-dong.kehoach.json"));

        assertThat(e.problems()).singleElement().asString()
                .contains("$.indicatorGroups[0].indicators[0].targets[0].change: trường này chỉ dùng cho chỉ tiêu"
                        + " loại RELATIVE");
    }

    @Test
    void anUnknownMeaningNamesTheAllowedOnes() throws Exception {
        String text = withMuongLaRelativeTarget(", \"change\": \"POINTS\"");

        DomainException e = catchThrowableOfType(DomainException.class, () -> read(text, "muong-la.kehoach.json"));

        assertThat(e.problems()).singleElement().asString().contains(".change").contains("PERCENT, ABSOLUTE");
    }
}
