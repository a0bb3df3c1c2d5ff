package vn.kehoachxa.domain.reporting;

import java.time.LocalDate;

/** Ngày nghỉ lễ: a public holiday on which no report is due. */
public record Holiday(LocalDate date, String name) {
}
