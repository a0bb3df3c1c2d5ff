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
}
