package vn.kehoachxa.ui.assignments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.plan.Assignee;

/**
 * Đơn vị được giao as the pickers show it: units ticked in a list plus free text for generic assignees ("Các cơ
 * quan, đơn vị; Trưởng các bản, tiểu khu"), separated by semicolons.
 */
public final class AssigneeText {
    private AssigneeText() {
    }

    /** The ticked units (in the order given) followed by each semicolon-separated piece of {@code generic}. */
    public static List<Assignee> combine(List<String> unitNames, String generic) {
        List<Assignee> out = new ArrayList<>();
        unitNames.stream().filter(n -> n != null && !n.isBlank()).map(Assignee::unit).forEach(out::add);
        if (generic != null) {
            Arrays.stream(generic.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Assignee::generic).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** The names of the assignees that are units. */
    public static List<String> unitNames(List<Assignee> assignees) {
        return assignees.stream().filter(a -> !a.generic()).map(Assignee::name).toList();
    }

    /** The generic assignees joined with "; ", as typed in the free-text field. */
    public static String genericText(List<Assignee> assignees) {
        return assignees.stream().filter(Assignee::generic).map(Assignee::name).collect(Collectors.joining("; "));
    }

    /** All assignees as one cell line: "Phòng Văn hoá - Xã hội; Trạm Y tế". */
    public static String line(List<Assignee> assignees) {
        return assignees.stream().map(Assignee::name).collect(Collectors.joining("; "));
    }
}
