package dev.dockmentor.rules;

import dev.dockmentor.text.Range;
import java.util.List;

/** One diagnostic: rule, severity, message, where, and the fixes it carries. */
public record Finding(String ruleId, Severity severity, Msg message, String path, Range range, List<Fix> fixes,
                      List<Related> related, boolean unnecessary, boolean deprecated) {

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, path, range, fixes, related, unnecessary, deprecated);
    }
}
