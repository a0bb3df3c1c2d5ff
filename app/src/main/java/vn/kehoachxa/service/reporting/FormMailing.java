package vn.kehoachxa.service.reporting;

import java.nio.file.Path;
import java.util.List;

/**
 * Biểu mẫu và thư nháp: what making a period's forms wrote — the forms, in unit order; the folder of e-mail drafts
 * beside them with one draft per unit; and the units that have no e-mail address, whose drafts have an empty To for
 * the official to fill in.
 */
public record FormMailing(List<Path> forms, Path draftFolder, List<Path> drafts, List<String> unitsWithoutEmail) {
    public FormMailing {
        forms = List.copyOf(forms);
        drafts = List.copyOf(drafts);
        unitsWithoutEmail = List.copyOf(unitsWithoutEmail);
    }
}
