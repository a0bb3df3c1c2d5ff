/**
 * Xuất PDF để ký số: the plan, its appendices and the periodic report as PDF/A-2b, rendered in-process by Apache FOP
 * from the same layout description the Word writers use ({@code export.word}: layouts, texts, page geometry, column
 * widths), fonts embedded, no LibreOffice or Word needed (docs/decisions/0029-pdf-for-signing.md).
 */
package vn.kehoachxa.export.pdf;
