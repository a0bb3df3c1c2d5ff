package vn.kehoachxa.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ỦY BAN NHÂN DÂN XÃ MƯỜNG LA            | Ủy ban nhân dân xã Mường La
            ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG       | Ủy ban nhân dân phường Hải Dương
            ỦY BAN NHÂN DÂN TỈNH SƠN LA            | Ủy ban nhân dân tỉnh Sơn La
            ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG    | Ủy ban nhân dân thành phố Hải Phòng
            ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC       | Ủy ban nhân dân đặc khu Phú Quốc
            BAN THƯỜNG VỤ ĐẢNG ỦY XÃ HÀ ĐÔNG       | Ban Thường vụ Đảng ủy xã Hà Đông
            ĐẢNG ỦY XÃ CAO MINH                    | Đảng ủy xã Cao Minh
            TỈNH ỦY THÁI NGUYÊN                    | Tỉnh ủy Thái Nguyên
            THÀNH ỦY HẢI PHÒNG                     | Thành ủy Hải Phòng
            HUYỆN ỦY MƯỜNG LA                      | Huyện ủy Mường La
            ĐẢNG BỘ TỈNH SƠN LA                    | Đảng bộ tỉnh Sơn La
            """)
    void anUpperBodyNameReadsInRunningTextWithItsPlaceCapitalised(String upper, String words) {
        assertThat(IssuerNames.properCase(upper)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ADMINISTRATIVE | COMMUNE  | xã Mường La          | tỉnh Sơn La | -                   | ỦY BAN NHÂN DÂN/XÃ MƯỜNG LA
            ADMINISTRATIVE | PROVINCE | tỉnh Sơn La          | -           | -                   | ỦY BAN NHÂN DÂN/TỈNH SƠN LA
            PARTY          | COMMUNE  | xã Cao Minh          | tỉnh Thái Nguyên | ĐẢNG BỘ TỈNH THÁI NGUYÊN | ĐẢNG ỦY XÃ CAO MINH
            PARTY          | DISTRICT | huyện Mường La       | tỉnh Sơn La | ĐẢNG BỘ TỈNH SƠN LA | HUYỆN ỦY MƯỜNG LA
            PARTY          | DISTRICT | thị xã Sơn Tây       | thành phố Hà Nội | ĐẢNG BỘ THÀNH PHỐ HÀ NỘI | THỊ ỦY SƠN TÂY
            PARTY          | PROVINCE | tỉnh Thái Nguyên     | -           | -                   | TỈNH ỦY THÁI NGUYÊN
            PARTY          | PROVINCE | thành phố Hải Phòng  | -           | -                   | THÀNH ỦY HẢI PHÒNG
            """)
    void eachLevelHasItsUsualHeaderNames(DocumentFamily family, IssuerLevel level, String area, String province,
                                         String superior, String issuing) {
        IssuerNames.Names names = IssuerNames.usual(family, level, area, province);

        assertThat(names.superiorBody()).isEqualTo(superior);
        assertThat(names.issuingBody()).isEqualTo(issuing.replace('/', '\n'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PARTY          | PROVINCE | tỉnh Thái Nguyên | TỈNH ỦY THÁI NGUYÊN        | T/M BAN THƯỜNG VỤ | Ban Thường vụ Tỉnh ủy Thái Nguyên
            PARTY          | PROVINCE | tỉnh Thái Nguyên | -                          | T/M TỈNH ỦY       | Tỉnh ủy Thái Nguyên
            PARTY          | COMMUNE  | xã Hà Đông       | ĐẢNG ỦY XÃ HÀ ĐÔNG         | T/M BAN THƯỜNG VỤ | Ban Thường vụ Đảng ủy xã Hà Đông
            ADMINISTRATIVE | PROVINCE | tỉnh Sơn La      | ỦY BAN NHÂN DÂN/TỈNH SƠN LA | TM. ỦY BAN NHÂN DÂN | Ủy ban nhân dân tỉnh Sơn La
            ADMINISTRATIVE | COMMUNE  | xã Mường La      | -                          | -                 | Ủy ban nhân dân xã Mường La
            """)
    void theIssuerInRunningTextFollowsItsLevelAndWhoSigns(DocumentFamily family, IssuerLevel level, String area,
                                                           String issuing, String authority, String words) {
        Plan plan = new Plan(1L, family, family == DocumentFamily.PARTY ? DocumentType.CTR : DocumentType.KH, "3",
                family == DocumentFamily.PARTY ? "CTr/TU" : "KH-UBND", null, "Thái Nguyên", null, area, null,
                issuing == null ? null : issuing.replace('/', '\n'), null, null, new Signer(authority, null, null, null),
                2026, 2030, null, PlanStatus.DRAFT, null, ReportingRule.standard(), null, level,
                PartyRules.UNSTATED);

        assertThat(IssuerNames.inWords(plan)).isEqualTo(words);
    }
}
