package vn.kehoachxa.exchange.planfile;

/**
 * Where a value sits in the file: printed as {@code $.indicatorGroups[0].indicators[3]} for the user, and as a JSON
 * pointer ({@code /indicatorGroups/0/indicators/3}) to look up its line.
 */
record JsonPath(JsonPath parent, String field, int index) {
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    String display() {
        if (parent == null) {
            return "$";
        }
        return parent.display() + (field != null ? "." + field : "[" + index + "]");
    }

    String pointer() {
        if (parent == null) {
            return "";
        }
        String segment = field != null ? field.replace("~", "~0").replace("/", "~1") : Integer.toString(index);
        return parent.pointer() + "/" + segment;
    }
}
