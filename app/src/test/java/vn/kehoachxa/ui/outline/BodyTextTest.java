package vn.kehoachxa.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.BlockKind;
import vn.kehoachxa.domain.plan.TextBlock;

class BodyTextTest {
    @Test
    void linesAreReadAsBlocksByTheirPrintedMark() {
        assertThat(BodyText.parse("Mở đầu.\n- Gạch đầu dòng\n+ Ý nhỏ\n\n* Ghi chú")).containsExactly(
                new TextBlock(BlockKind.PARAGRAPH, "Mở đầu."), new TextBlock(BlockKind.BULLET, "Gạch đầu dòng"),
                new TextBlock(BlockKind.SUB_BULLET, "Ý nhỏ"), new TextBlock(BlockKind.NOTE, "Ghi chú"));
    }

    @Test
    void formattedBlocksReadBackUnchanged() {
        List<TextBlock> blocks = List.of(new TextBlock(BlockKind.BULLET, "Tăng cường y tế cơ sở."),
                new TextBlock(BlockKind.PARAGRAPH, "Đoạn văn."));
        assertThat(BodyText.parse(BodyText.format(blocks))).isEqualTo(blocks);
    }
}
