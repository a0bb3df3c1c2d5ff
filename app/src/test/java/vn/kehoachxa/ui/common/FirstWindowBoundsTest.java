package vn.kehoachxa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class FirstWindowBoundsTest {
    @Test
    void aLargeScreenGetsTheUsualSizeCentred() {
        assertThat(FirstWindowBounds.on(new Rectangle2D(0, 0, 1920, 1040)))
                .isEqualTo(new Rectangle2D(360, 130, 1200, 780));
    }

    @Test
    void aScaledLaptopScreenGetsTheWholeUsableAreaSoNoEdgeIsOffTheScreen() {
        // 1366 × 768 at 125 %: 1092.8 × 614.4 logical pixels, 30 of them taken by the taskbar.
        Rectangle2D visual = new Rectangle2D(0, 0, 1092.8, 584.4);
        assertThat(FirstWindowBounds.on(visual)).isEqualTo(visual);
        // At 150 % of 1920 × 1080 the height is short, the width is not.
        assertThat(FirstWindowBounds.on(new Rectangle2D(0, 0, 1280, 690)))
                .isEqualTo(new Rectangle2D(40, 0, 1200, 690));
    }
}
