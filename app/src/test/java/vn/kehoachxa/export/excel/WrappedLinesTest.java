package vn.kehoachxa.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {

    @Test
    void shortTextTakesOneLine() {
        assertThat(WrappedLines.count("Trạm Y tế", 22, 1, false)).isEqualTo(1);
        assertThat(WrappedLines.count("", 22, 1, false)).isEqualTo(1);
    }

    @Test
    void hardLineBreaksAlwaysCount() {
        assertThat(WrappedLines.count("Phòng Văn hoá - Xã hội\nTrạm Y tế", 60, 1, false)).isEqualTo(2);
    }

    @Test
    void longTextWrapsAtWordsAndNarrowerColumnsNeedMoreLines() {
        int wide = WrappedLines.count(AppendixFixtures.LONG_TASK, 100, 1, false);
        int narrow = WrappedLines.count(AppendixFixtures.LONG_TASK, 50, 1, false);
        assertThat(wide).isBetween(3, 4);
        assertThat(narrow).isGreaterThanOrEqualTo(2 * wide - 1);
    }

    @Test
    void vietnameseLettersMeasureAsTheirBaseLetter() {
        assertThat(WrappedLines.width('ễ')).isEqualTo(WrappedLines.width('e'));
        assertThat(WrappedLines.width('Đ')).isEqualTo(WrappedLines.width('D'));
        assertThat(WrappedLines.width('W')).isGreaterThan(WrappedLines.width('i'));
    }

    @Test
    void boldAndLargerTextNeedsMoreLines() {
        String text = "DANH MỤC MỘT SỐ CHỈ TIÊU THỰC HIỆN NGHỊ QUYẾT SỐ 72-NQ/TW GIAI ĐOẠN 2026-2030";
        assertThat(WrappedLines.count(text, 60, 13.0 / 12, true))
                .isGreaterThanOrEqualTo(WrappedLines.count(text, 60, 1, false));
    }

    @Test
    void aWordWiderThanTheCellBreaksBetweenLetters() {
        assertThat(WrappedLines.count("x".repeat(100), 11, 1, false)).isGreaterThanOrEqualTo(5);
    }
}
