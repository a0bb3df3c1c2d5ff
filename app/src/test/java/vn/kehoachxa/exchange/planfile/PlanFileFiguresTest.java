package vn.kehoachxa.exchange.planfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.DomainException;

/** Figures beyond what the database stores exactly are problems at their line and path, like any other. */
class PlanFileFiguresTest {
    private static final Path HA_DONG = Path.of("..", "samples", "ha-dong.kehoach.json");
    private static final String FIRST_VALUE = "\"value\": 97,";
    private static final String PATH = "$.indicatorGroups[0].indicators[0].targets[0].value";

    private static String withFirstTarget(String value) throws Exception {
        String text = Files.readString(HA_DONG, UTF_8);
        assertThat(text).contains(FIRST_VALUE);
        return text.replaceFirst(FIRST_VALUE, "\"value\": " + value + ",");
    }

    private static int lineOfFirstTarget() throws Exception {
        String text = Files.readString(HA_DONG, UTF_8);
        return (int) text.substring(0, text.indexOf(FIRST_VALUE)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static PlanFileContent read(String text) {
        return PlanFiles.readContent(new ByteArrayInputStream(text.getBytes(UTF_8)), "ha-dong.kehoach.json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1e400                  | 1E+400
            -1e400                 | -1E+400
            1e999999999            | 1E+999999999
            1e-400                 | 1E-400
            123456789012345        | 123456789012345
            0.1234567              | 0.1234567
            "123456789012345,5"    | 123456789012345,5
            """)
    void aFigureTheDatabaseCannotHoldIsAProblemAtItsLineAndPath(String json, String shown) throws Exception {
        String text = withFirstTarget(json);

        DomainException e = catchThrowableOfType(DomainException.class, () -> read(text));

        assertThat(e.problems()).containsExactly("Dòng " + lineOfFirstTarget() + ", " + PATH + ": số " + shown
                + " nằm ngoài giới hạn: tối đa 14 chữ số trước và 6 chữ số sau dấu thập phân");
    }

    @Test
    void theLargestFiguresTheDatabaseHoldsAreRead() throws Exception {
        // the printed "≥ 97" would contradict the figure (and be refused), so the wording goes with it
        PlanFileContent content = read(withFirstTarget("-99999999999999.999999")
                .replaceFirst("\"originalText\": \"≥ 97\"", "\"originalText\": \"\""));

        assertThat(content.document().indicators().getFirst().targets().getFirst().value())
                .isEqualByComparingTo(new BigDecimal("-99999999999999.999999"));
    }
}
