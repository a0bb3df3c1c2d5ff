package vn.kehoachxa.domain.collect;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.Signer;

/**
 * Thể thức báo cáo tổng hợp của tỉnh: what the official fills in for the province's report on a period — the issuing
 * body as printed ({@code issuingBody}, lines split by a line break: "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA"), the bare number
 * (blank in a draft: officials write it in by hand), the issue date (null: a draft's blank date), the place of the
 * place-date line ("Sơn La"), the signer, the bodies it is addressed to ("Kính gửi:", may be empty) and the
 * recipients ("Nơi nhận:"; the archive line is added when missing).
 */
public record ProvinceReportHeader(String issuingBody, String number, LocalDate date, String place, Signer signer,
                                   List<String> addressees, List<Recipient> recipients) {
    /** The symbol of a People's Committee report (Decree 30/2020, Phụ lục III). */
    public static final String SYMBOL = "BC-UBND";

    public ProvinceReportHeader {
        if (issuingBody == null || issuingBody.isBlank()) {
            throw new IllegalArgumentException("the report needs its issuing body");
        }
        signer = signer == null ? Signer.empty() : signer;
        addressees = List.copyOf(addressees);
        recipients = List.copyOf(recipients);
    }

    /**
     * A draft for {@code province}'s People's Committee: no number or date, signed on behalf of the committee by a
     * vice-chairman whose name is left blank, sent to the Ministry of Health and archived.
     */
    public static ProvinceReportHeader draft(String province) {
        String name = province == null ? "" : province.strip();
        Locale vi = Locale.of("vi", "VN");
        // "Sơn La" and "Tỉnh Sơn La" both head "TỈNH SƠN LA"; a city keeps its own word ("THÀNH PHỐ HÀ NỘI").
        String lower = name.toLowerCase(vi);
        if (lower.startsWith("tỉnh ")) {
            name = name.substring("tỉnh ".length()).strip();
        }
        String level = lower.startsWith("thành phố ") ? "" : "TỈNH ";
        return new ProvinceReportHeader("ỦY BAN NHÂN DÂN\n" + level + name.toUpperCase(vi), null,
                null, name, new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", null),
                List.of("Bộ Y tế"), List.of(new Recipient("Bộ Y tế", "(để báo cáo)"),
                        new Recipient("Thường trực Tỉnh ủy", "(để báo cáo)"),
                        new Recipient("Sở Y tế", null), new Recipient("UBND các xã, phường", null)));
    }
}
