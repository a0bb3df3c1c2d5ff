package vn.kehoachxa.domain.collect;

import java.util.regex.Pattern;

/**
 * Xã thuộc tỉnh: one commune the province collects from, by its five-digit administrative code, name and province.
 * The collector refuses packages from communes not in its list.
 */
public record ProvinceCommune(String code, String name, String province) {
    private static final Pattern CODE = Pattern.compile("\\d{5}");

    public ProvinceCommune {
        if (code == null || !CODE.matcher(code).matches() || name == null || name.isBlank() || province == null
                || province.isBlank()) {
            throw new IllegalArgumentException("a commune needs a five-digit code, a name and a province");
        }
    }
}
