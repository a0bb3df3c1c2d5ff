/** The province's list of communes as a spreadsheet or CSV file (Danh sách xã của tỉnh), read all or nothing. */
package vn.kehoachxa.exchange.communelist;
