package vn.kehoachxa.ui.common;

/** A screen with a print action of its own (its Print button); Tệp › In… and Ctrl+P run it while it is shown. */
public interface PrintableScreen {
    /** Does what the screen's Print button does. FX thread. */
    void print();
}
