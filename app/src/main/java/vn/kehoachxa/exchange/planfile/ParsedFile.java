package vn.kehoachxa.exchange.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.kehoachxa.domain.Texts;

/** A file parsed into a tree, the line of every value (by JSON pointer), and the problems found so far. */
final class ParsedFile {
    private final String fileName;
    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<String> problems = new ArrayList<>();

    ParsedFile(String fileName, JsonNode root, Map<String, Integer> lines) {
        this.fileName = fileName;
        this.root = root;
        this.lines = lines;
    }

    String fileName() {
        return fileName;
    }

    JsonNode root() {
        return root;
    }

    List<String> problems() {
        return problems;
    }

    /** The line of the value at {@code path}, or of its nearest enclosing value when it is missing. */
    int line(JsonPath path) {
        for (JsonPath p = path; p != null; p = p.parent()) {
            Integer line = lines.get(p.pointer());
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    /** Records a problem at {@code path}; {@code key} names a detail message of the bundle. */
    void problem(JsonPath path, String key, Object... args) {
        problems.add(Texts.get("planfile.problem", String.valueOf(line(path)), path.display(), Texts.get(key, args)));
    }

    /** "line N" of another value, to point at the first of two duplicates. */
    String where(JsonPath path) {
        return Texts.get("planfile.where", String.valueOf(line(path)), path.display());
    }
}
