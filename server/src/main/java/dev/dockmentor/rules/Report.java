package dev.dockmentor.rules;

import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.List;

/** A finding under construction: {@code ctx.report(range, msg).fix(...)}. */
public final class Report {
    final RuleMeta meta;
    final String path;
    final Range range;
    final Msg message;
    final List<Fix> fixes = new ArrayList<>();
    final List<Related> related = new ArrayList<>();
    boolean unnecessary;
    boolean deprecated;
    boolean anyRole;
    Severity severity;

    Report(RuleMeta meta, String path, Range range, Msg message) {
        this.meta = meta;
        this.path = path;
        this.range = range;
        this.message = message;
    }

    /** Adds a fix; a fix with no edits, or with an edit that could not be made (null), is not offered. */
    public Report fix(Msg title, boolean safe, List<TextEdit> edits) {
        if (edits.isEmpty()) return this;
        for (TextEdit e : edits) if (e == null) return this;
        fixes.add(new Fix(title, List.copyOf(edits), safe));
        return this;
    }

    public Report fix(Msg title, boolean safe, TextEdit... edits) {
        return fix(title, safe, java.util.Arrays.asList(edits));
    }

    public Report related(String relPath, Range relRange, Msg msg) {
        related.add(new Related(relPath, relRange, msg));
        return this;
    }

    /** Overrides the rule's default severity for this finding (one id, different weight per file kind). */
    public Report severity(Severity s) {
        severity = s;
        return this;
    }

    /** Keeps the severity in development and test files too (a real credential is leaked wherever it is written). */
    public Report anyRole() {
        anyRole = true;
        return this;
    }

    public Report unnecessary() {
        unnecessary = true;
        return this;
    }

    public Report deprecated() {
        deprecated = true;
        return this;
    }

    Finding toFinding() {
        return new Finding(meta.id(), severity != null ? severity : meta.severity(), message, path, range, List.copyOf(fixes), List.copyOf(related),
                unnecessary, deprecated);
    }
}
