package vn.kehoachxa.domain.commune;

/** Loại đơn vị hành chính cấp xã: commune, ward or special zone. */
public enum CommuneKind {
    XA("xã"), PHUONG("phường"), DAC_KHU("đặc khu");

    private final String word;

    CommuneKind(String word) {
        this.word = word;
    }

    /** The lower-case word used before the name: "xã", "phường", "đặc khu". */
    public String word() {
        return word;
    }
}
