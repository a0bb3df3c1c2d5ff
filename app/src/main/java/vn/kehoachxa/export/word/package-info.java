/** Word (.docx) export of a plan in the official Vietnamese layouts (Decree 30/2020 and Party HD 36). */
package vn.kehoachxa.export.word;
