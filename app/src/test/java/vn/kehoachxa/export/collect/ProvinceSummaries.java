package vn.kehoachxa.export.collect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.kehoachxa.domain.collect.Aggregation;
import vn.kehoachxa.domain.collect.CommuneFigure;
import vn.kehoachxa.domain.collect.CommuneReceipt;
import vn.kehoachxa.domain.collect.CommuneTasks;
import vn.kehoachxa.domain.collect.ConsolidatedIndicator;
import vn.kehoachxa.domain.collect.PackagePeriod;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;

/** Province summaries built by hand for the export tests (the view service is written on another branch). */
final class ProvinceSummaries {
    static final PackagePeriod Q1 = new PackagePeriod(PeriodKind.QUARTER, 2026, 1, LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 3, 14));

    private ProvinceSummaries() {
    }

    /**
     * Six communes of Sơn La: Mường La, Chiềng Lao (corrected once) and Mường Bú on time, Ít Ong late, Nậm Giôn and
     * Chiềng Hoa missing; three indicators (a mean rate, a summed count, words counted) and four communes' tasks.
     */
    static ProvincePeriodSummary small() {
        ProvinceCommune muongLa = commune("14290", "Mường La");
        ProvinceCommune chiengLao = commune("14300", "Chiềng Lao");
        ProvinceCommune itOng = commune("14311", "Ít Ong");
        ProvinceCommune namGion = commune("14320", "Nậm Giôn");
        ProvinceCommune muongBu = commune("14330", "Mường Bú");
        ProvinceCommune chiengHoa = commune("14341", "Chiềng Hoa");
        List<CommuneReceipt> receipts = List.of(
                received(muongLa, ReceiptState.ON_TIME, "2026-03-16T01:00:00Z", "2026-03-16T01:00:00Z", 0),
                received(chiengLao, ReceiptState.ON_TIME, "2026-03-17T03:15:00Z", "2026-03-19T08:40:00Z", 1),
                received(itOng, ReceiptState.LATE, "2026-03-23T02:30:00Z", "2026-03-23T02:30:00Z", 0),
                new CommuneReceipt(namGion, ReceiptState.MISSING, null, null, null, 0, null),
                received(muongBu, ReceiptState.ON_TIME, "2026-03-18T02:30:00Z", "2026-03-18T02:30:00Z", 0),
                new CommuneReceipt(chiengHoa, ReceiptState.MISSING, null, null, null, 0, null));
        List<ProvinceCommune> reporting = List.of(muongLa, chiengLao, itOng, muongBu);
        ConsolidatedIndicator rate = new ConsolidatedIndicator("NQ72-01",
                "Tỷ lệ người dân được quản lý, theo dõi sức khỏe liên tục", "%", Aggregation.MEAN,
                new BigDecimal("91.25"), 4, 4, 3, List.of(
                        figure(muongLa, "95", Evaluation.VUOT), figure(chiengLao, "92", Evaluation.DAT),
                        figure(itOng, "84", Evaluation.CHUA_DAT), figure(muongBu, "94", Evaluation.DAT)));
        ConsolidatedIndicator stations = new ConsolidatedIndicator("NQ72-02",
                "Số trạm y tế xã đạt chuẩn quốc gia", "trạm", Aggregation.SUM, new BigDecimal("1234"), 4, 4, 1,
                List.of(figure(muongLa, "400", Evaluation.DAT), figure(chiengLao, "300", Evaluation.CHUA_DAT),
                        figure(itOng, "234", Evaluation.CHUA_DAT), figure(muongBu, "300", Evaluation.CHUA_DAT)));
        ConsolidatedIndicator words = new ConsolidatedIndicator("NQ72-12",
                "Xây dựng mô hình truyền thông sức khỏe tại cộng đồng", "", Aggregation.COUNT,
                new BigDecimal("2"), 2, 0, 0, List.of(
                        new CommuneFigure(muongLa.code(), muongLa.name(), null, "Đã xây dựng 2 mô hình",
                                Evaluation.KHONG_DANH_GIA),
                        new CommuneFigure(muongBu.code(), muongBu.name(), null, "Đang xây dựng",
                                Evaluation.KHONG_DANH_GIA)));
        List<CommuneTasks> tasks = new ArrayList<>();
        int k = 0;
        for (ProvinceCommune c : reporting) {
            tasks.add(new CommuneTasks(c.code(), c.name(), Map.of(TaskStatus.HOAN_THANH_DUNG_HAN, 10 + k,
                    TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 5, TaskStatus.CHUA_HOAN_THANH_QUA_HAN, k)));
            k++;
        }
        return new ProvincePeriodSummary("Sơn La", Q1, LocalDate.of(2026, 3, 20), receipts,
                List.of(rate, stations, words), tasks);
    }

    /**
     * {@code n} communes, every seventh missing and every fifth late, twelve indicators with figures: a summary the
     * size of a province, for pagination.
     */
    static ProvincePeriodSummary large(int n) {
        List<CommuneReceipt> receipts = new ArrayList<>();
        List<ProvinceCommune> reporting = new ArrayList<>();
        String[] names = {"Mường La", "Chiềng Lao", "Ít Ong", "Nậm Giôn", "Mường Bú", "Chiềng Hoa", "Tạ Bú",
            "Ngọc Chiến", "Chiềng Sơn", "Phiêng Khoài"};
        for (int i = 0; i < n; i++) {
            ProvinceCommune c = commune(String.valueOf(14000 + 7 * i), names[i % names.length]
                    + (i >= names.length ? " " + (i / names.length + 1) : ""));
            ReceiptState state = i % 7 == 3 ? ReceiptState.MISSING : i % 5 == 2 ? ReceiptState.LATE
                    : ReceiptState.ON_TIME;
            if (state == ReceiptState.MISSING) {
                receipts.add(new CommuneReceipt(c, state, null, null, null, 0, null));
            } else {
                String at = state == ReceiptState.LATE ? "2026-03-22T02:00:00Z" : "2026-03-17T02:00:00Z";
                receipts.add(received(c, state, at, at, i % 11 == 0 ? 1 : 0));
                reporting.add(c);
            }
        }
        List<ConsolidatedIndicator> indicators = new ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            List<CommuneFigure> figures = new ArrayList<>();
            int met = 0;
            for (int j = 0; j < reporting.size(); j++) {
                ProvinceCommune c = reporting.get(j);
                boolean ok = (j + k) % 4 != 0;
                met += ok ? 1 : 0;
                figures.add(new CommuneFigure(c.code(), c.name(), BigDecimal.valueOf(80 + (j * k) % 20), null,
                        ok ? Evaluation.DAT : Evaluation.CHUA_DAT));
            }
            indicators.add(new ConsolidatedIndicator(String.format("NQ72-%02d", k),
                    "Chỉ tiêu số " + k + " về chăm sóc và nâng cao sức khỏe Nhân dân", "%", Aggregation.MEAN,
                    new BigDecimal("88.5"), reporting.size(), reporting.size(), met, figures));
        }
        List<CommuneTasks> tasks = new ArrayList<>();
        for (ProvinceCommune c : reporting) {
            tasks.add(new CommuneTasks(c.code(), c.name(), Map.of(TaskStatus.HOAN_THANH_DUNG_HAN, 12,
                    TaskStatus.HOAN_THANH_QUA_HAN, 1, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 6)));
        }
        return new ProvincePeriodSummary("Sơn La", Q1, LocalDate.of(2026, 3, 20), receipts, indicators, tasks);
    }

    static ProvinceCommune commune(String code, String name) {
        return new ProvinceCommune(code, name, "Sơn La");
    }

    private static CommuneReceipt received(ProvinceCommune c, ReceiptState state, String first, String inForce,
                                           int corrections) {
        return new CommuneReceipt(c, state, UUID.nameUUIDFromBytes(c.code().getBytes()), Instant.parse(first),
                Instant.parse(inForce), corrections, "Bản 1");
    }

    private static CommuneFigure figure(ProvinceCommune c, String value, Evaluation evaluation) {
        return new CommuneFigure(c.code(), c.name(), new BigDecimal(value), null, evaluation);
    }
}
