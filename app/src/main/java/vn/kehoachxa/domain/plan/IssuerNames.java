package vn.kehoachxa.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.kehoachxa.domain.Texts;

/**
 * Tên cơ quan ban hành: the issuer's names for each {@link IssuerLevel} — the usual superior body and issuing body of
 * the header, and the issuer in running text ("(Kèm theo … của Ban Thường vụ Tỉnh ủy Thái Nguyên)"). One rule for
 * Word, Excel, print preview and template text.
 */
public final class IssuerNames {
    private static final Locale VI = Texts.LOCALE;
    /** UPPER phrases and how running text writes them; the "…ỦY" committees carry their place's level in the name. */
    private static final String[][] PHRASES = {
        {"ỦY BAN NHÂN DÂN", "ủy ban nhân dân"}, {"BAN THƯỜNG VỤ", "Ban Thường vụ"}, {"BAN CHẤP HÀNH", "Ban Chấp hành"},
        {"ĐẢNG ỦY", "Đảng ủy"}, {"ĐẢNG BỘ", "Đảng bộ"}, {"TỈNH ỦY", "Tỉnh ủy"}, {"THÀNH ỦY", "Thành ủy"},
        {"HUYỆN ỦY", "Huyện ủy"}, {"QUẬN ỦY", "Quận ủy"}, {"THỊ ỦY", "Thị ủy"},
        {"THÀNH PHỐ", "thành phố"}, {"THỊ TRẤN", "thị trấn"}, {"THỊ XÃ", "thị xã"}, {"ĐẶC KHU", "đặc khu"},
        {"XÃ", "xã"}, {"PHƯỜNG", "phường"}, {"HUYỆN", "huyện"}, {"QUẬN", "quận"}, {"TỈNH", "tỉnh"},
    };
    /** Place kinds in running text, longest first, and the Party committee named after each. */
    private static final String[][] KINDS = {
        {"thành phố", "THÀNH ỦY"}, {"thị trấn", "ĐẢNG ỦY THỊ TRẤN"}, {"thị xã", "THỊ ỦY"},
        {"đặc khu", "ĐẢNG ỦY ĐẶC KHU"}, {"xã", "ĐẢNG ỦY XÃ"}, {"phường", "ĐẢNG ỦY PHƯỜNG"}, {"huyện", "HUYỆN ỦY"},
        {"quận", "QUẬN ỦY"}, {"tỉnh", "TỈNH ỦY"},
    };

    private IssuerNames() {
    }

    /** The usual header lines of an issuer: superior body (null: none) and issuing body (lines split by "\n"). */
    public record Names(String superiorBody, String issuingBody) {
    }

    /**
     * The usual names for a committee of {@code level} over {@code area} ("xã Mường La", "tỉnh Thái Nguyên");
     * {@code province} ("tỉnh Sơn La", may be null) heads a commune or district Party committee's header. People's
     * Committees print no superior body (Decree 30 names none for them); a provincial Party committee's superior is
     * the Central Committee, which the header does not print either.
     */
    public static Names usual(DocumentFamily family, IssuerLevel level, String area, String province) {
        String place = area == null ? "" : area.strip();
        if (family == DocumentFamily.ADMINISTRATIVE) {
            return new Names(null, "ỦY BAN NHÂN DÂN\n" + place.toUpperCase(VI));
        }
        String superior = level == IssuerLevel.PROVINCE || province == null || province.isBlank() ? null
                : "ĐẢNG BỘ " + province.strip().toUpperCase(VI);
        return new Names(superior, partyCommittee(level, place));
    }

    /** "ĐẢNG ỦY XÃ MƯỜNG LA", "HUYỆN ỦY MƯỜNG LA", "TỈNH ỦY THÁI NGUYÊN", "THÀNH ỦY HẢI PHÒNG". */
    static String partyCommittee(IssuerLevel level, String area) {
        String lower = area.toLowerCase(VI);
        for (String[] kind : KINDS) {
            if (lower.startsWith(kind[0] + " ")) {
                String name = area.substring(kind[0].length()).strip().toUpperCase(VI);
                boolean commune = level == IssuerLevel.COMMUNE && kind[1].startsWith("ĐẢNG ỦY");
                return (commune || level != IssuerLevel.COMMUNE ? kind[1] : "ĐẢNG ỦY " + kind[0].toUpperCase(VI))
                        + " " + name;
            }
        }
        return "ĐẢNG ỦY " + area.toUpperCase(VI);
    }

    /**
     * Who issues {@code plan} in running text, for "(Kèm theo … của …)" and template text: "Ủy ban nhân dân xã Mường
     * La", "Ban Thường vụ Đảng ủy xã Hà Đông", "Ban Thường vụ Tỉnh ủy Thái Nguyên". A Party plan signed "T/M BAN
     * THƯỜNG VỤ" is the Standing Committee's.
     */
    public static String inWords(Plan plan) {
        List<String> lines = lines(plan.issuingBody());
        String body;
        if (lines.isEmpty()) {
            String area = plan.communeName() == null ? "" : plan.communeName().strip();
            body = properCase(usual(plan.family(), plan.issuerLevel(), area, null).issuingBody().replace('\n', ' '));
        } else {
            body = properCase(String.join(" ", lines));
        }
        if (plan.family() != DocumentFamily.PARTY) {
            return body;
        }
        boolean standing = plan.signer().authority() != null
                && plan.signer().authority().toUpperCase(VI).contains("BAN THƯỜNG VỤ");
        return standing && !body.startsWith("Ban Thường vụ") ? "Ban Thường vụ " + body : body;
    }

    /**
     * An UPPER body name in running text: "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA" → "Ủy ban nhân dân xã Mường La", "TỈNH ỦY
     * THÁI NGUYÊN" → "Tỉnh ủy Thái Nguyên". Known phrases take their running-text form; the words after a place kind
     * (or a committee named after its place) are the place's name, each syllable capitalised.
     */
    public static String properCase(String upperName) {
        String[] words = upperName.strip().toUpperCase(VI).split("\\s+");
        List<String> out = new ArrayList<>();
        boolean name = false;
        int i = 0;
        while (i < words.length) {
            if (name) {
                out.add(capitalised(words[i++]));
                continue;
            }
            String[] phrase = phraseAt(words, i);
            if (phrase == null) {
                out.add(words[i++].toLowerCase(VI));
                continue;
            }
            out.add(phrase[1]);
            i += phrase[0].split(" ").length;
            // After a place kind or a committee named after its place comes the place's own name.
            name = phrase[1].equals(phrase[1].toLowerCase(VI)) && !phrase[0].equals("ỦY BAN NHÂN DÂN")
                    || phrase[0].endsWith(" ỦY") && !phrase[0].equals("ĐẢNG ỦY");
        }
        String text = String.join(" ", out);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VI) + text.substring(1);
    }

    private static String[] phraseAt(String[] words, int at) {
        for (String[] phrase : PHRASES) {
            String[] parts = phrase[0].split(" ");
            if (at + parts.length <= words.length) {
                boolean match = true;
                for (int k = 0; k < parts.length && match; k++) {
                    match = words[at + k].equals(parts[k]);
                }
                if (match) {
                    return phrase;
                }
            }
        }
        return null;
    }

    /** The word with its first letter capital ("\"LA\"" → "\"La\""). */
    private static String capitalised(String word) {
        String lower = word.toLowerCase(VI);
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isLetter(lower.charAt(i))) {
                return lower.substring(0, i) + lower.substring(i, i + 1).toUpperCase(VI) + lower.substring(i + 1);
            }
        }
        return lower;
    }

    /** Lines of a multi-line body name, blank lines dropped. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
