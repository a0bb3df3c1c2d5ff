package vn.kehoachxa.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommuneProfileViewModelTest {
    @Test
    void nameFillsCommitteeNamesAndPlaceThenProfileRoundTrips() {
        CommuneProfileViewModel form = new CommuneProfileViewModel();
        form.name.set("Mường La");
        form.province.set("Sơn La");
        form.suggestFromName();
        form.recipients.set("Sở Y tế tỉnh Sơn La; syt@sonla.gov.vn");
        assertThat(form.problems()).isEmpty();
        assertThat(form.peopleCommittee.get()).isEqualTo("ỦY BAN NHÂN DÂN XÃ MƯỜNG LA");

        CommuneProfileViewModel again = new CommuneProfileViewModel();
        again.load(form.toProfile());
        assertThat(again.toProfile()).isEqualTo(form.toProfile());
    }

    @Test
    void badEmailIsReportedWithItsLine() {
        CommuneProfileViewModel form = new CommuneProfileViewModel();
        form.recipients.set("Sở Y tế; syt@sonla.gov.vn\nVăn phòng UBND tỉnh; vanphong-at-sonla");
        assertThat(form.recipientsProblem()).contains("Dòng 2").contains("vanphong-at-sonla");
    }

    @Test
    void derivedNamesFollowKindAndNameUntilTypedOverAndALoadedHandNameStays() {
        CommuneProfileViewModel form = new CommuneProfileViewModel();
        form.name.set("Hải Dương");
        form.kind.set(vn.kehoachxa.domain.commune.CommuneKind.PHUONG);
        assertThat(form.peopleCommittee.get()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG");
        assertThat(form.partyCommittee.get()).isEqualTo("ĐẢNG ỦY PHƯỜNG HẢI DƯƠNG");
        assertThat(form.placeName.get()).isEqualTo("Hải Dương");

        form.placeName.set("TP. Hải Dương");
        form.name.set("Hải Dương Mới");
        assertThat(form.peopleCommittee.get()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG HẢI DƯƠNG MỚI");
        assertThat(form.placeName.get()).isEqualTo("TP. Hải Dương");

        CommuneProfileViewModel again = new CommuneProfileViewModel();
        again.load(form.toProfile());
        again.kind.set(vn.kehoachxa.domain.commune.CommuneKind.XA);
        assertThat(again.partyCommittee.get()).isEqualTo("ĐẢNG ỦY XÃ HẢI DƯƠNG MỚI");
        assertThat(again.placeName.get()).isEqualTo("TP. Hải Dương");
    }
}
