package vn.kehoachxa.domain.plan;

/**
 * Cấp ban hành: the level of the committee that issues the plan — a commune (xã, phường, đặc khu), a district-level
 * unit (huyện, quận, thị xã, thành phố thuộc tỉnh; Party committees kept at that level) or a province (tỉnh, thành
 * phố trực thuộc Trung ương). It decides the usual superior body and the issuer's name in the header and in
 * "(Kèm theo … của …)".
 */
public enum IssuerLevel {
    COMMUNE, DISTRICT, PROVINCE
}
