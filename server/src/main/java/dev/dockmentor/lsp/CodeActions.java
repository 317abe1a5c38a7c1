package dev.dockmentor.lsp;

import dev.dockmentor.dockerfile.Directive;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;

/**
 * Quick fixes replayed from the kept findings (no re-analysis): each fix of a finding, the two
 * suppression comments, and {@code source.fixAll.dockmentor} with every safe, non-overlapping fix.
 */
final class CodeActions {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".dockmentor";
    private static final Set<String> NOT_SUPPRESSIBLE = Set.of("internal-error", "file-too-large", "template-file");

    private CodeActions() {}

    static List<CodeAction> actions(Analysis a, Range requested, List<Diagnostic> contextDiagnostics, List<String> only,
                                    boolean canCreateFiles) {
        return actions(a, requested, contextDiagnostics, only, new WorkspaceEdits.Support(canCreateFiles, canCreateFiles, uri -> null));
    }

    static List<CodeAction> actions(Analysis a, Range requested, List<Diagnostic> contextDiagnostics, List<String> only,
                                    WorkspaceEdits.Support support) {
        boolean canCreateFiles = support.createFiles();
        List<CodeAction> out = new ArrayList<>();
        String locale = a.locale();
        if (wants(only, CodeActionKind.QuickFix)) {
            Set<String> titles = new HashSet<>();
            for (Finding f : a.findings()) {
                if (!relevant(f, requested, contextDiagnostics)) continue;
                Diagnostic diag = Convert.diagnostic(f, a.doc(), locale);
                boolean preferredGiven = false;
                for (Fix fix : f.fixes()) {
                    if (!canCreateFiles && dev.dockmentor.fix.FixPlan.createsFile(fix.edits())) continue;
                    CodeAction ca = action(fix.title().get(locale), CodeActionKind.QuickFix, fix.edits(), a.doc(), diag, support);
                    if (fix.safe() && !preferredGiven) {
                        ca.setIsPreferred(true);
                        preferredGiven = true;
                    }
                    out.add(ca);
                }
                if (NOT_SUPPRESSIBLE.contains(f.ruleId())) continue;
                TextEdit here = ignoreHere(a.doc(), f);
                String t1 = Msg.of("Ignore " + f.ruleId() + " here", "Ignorar " + f.ruleId() + " aquí").get(locale);
                if (titles.add(t1 + "@" + here.range())) out.add(action(t1, CodeActionKind.QuickFix, List.of(here), a.doc(), diag, support));
                String t2 = Msg.of("Ignore " + f.ruleId() + " in this file", "Ignorar " + f.ruleId() + " en este archivo").get(locale);
                if (titles.add(t2)) out.add(action(t2, CodeActionKind.QuickFix, List.of(ignoreFile(a.doc(), f)), a.doc(), diag, support));
            }
        }
        if (wants(only, FIX_ALL)) {
            List<TextEdit> all = safeFixes(a.findings(), canCreateFiles);
            if (!all.isEmpty()) {
                String title = Msg.of("Fix all safe dockmentor problems", "Corregir todos los problemas seguros de dockmentor").get(locale);
                out.add(action(title, FIX_ALL, all, a.doc(), null, support));
            }
        }
        return out;
    }

    private static CodeAction action(String title, String kind, List<TextEdit> edits, Document doc, Diagnostic diag,
                                     WorkspaceEdits.Support support) {
        CodeAction ca = new CodeAction(title);
        ca.setKind(kind);
        ca.setEdit(WorkspaceEdits.of(edits, doc, support));
        if (diag != null) ca.setDiagnostics(List.of(diag));
        return ca;
    }

    /** A kind is wanted when no filter is given or a filter entry is it or one of its parents. */
    static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) return true;
        for (String o : only) if (kind.equals(o) || kind.startsWith(o + ".")) return true;
        return false;
    }

    private static boolean relevant(Finding f, Range req, List<Diagnostic> ctx) {
        if (req != null && f.range().start().compareTo(req.end()) <= 0 && req.start().compareTo(f.range().end()) <= 0) return true;
        if (ctx == null) return false;
        for (Diagnostic d : ctx) {
            String code = d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
            if (Objects.equals(code, f.ruleId()) && Convert.core(d.getRange()).equals(f.range())) return true;
        }
        return false;
    }

    /** Every finding's first safe fix that touches nothing an earlier one edits (the core's fix plan). */
    static List<TextEdit> safeFixes(List<Finding> findings, boolean canCreateFiles) {
        return dev.dockmentor.fix.FixPlan.select(findings, false, canCreateFiles).edits();
    }

    /** {@code # dockmentor-ignore id} on its own line above the finding's instruction, same indentation. */
    static TextEdit ignoreHere(Document doc, Finding f) {
        int line = f.range().start().line();
        Dockerfile df = doc.dockerfile();
        if (df != null) {
            // The last instruction starting at or before the line (in line order): a search per finding, where
            // a scan from the top made a whole-document code action quadratic.
            List<Instruction> ins = df.instructions;
            int lo = 0, hi = ins.size() - 1, at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (ins.get(mid).startLine <= line) {
                    at = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (at >= 0 && line <= ins.get(at).endLine) line = ins.get(at).startLine;
        }
        String text = doc.lines().lineText(Math.min(line, doc.lines().lineCount() - 1));
        int n = 0;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) n++;
        return TextEdit.insert(doc.pathString(), new Position(line, 0),
                text.substring(0, n) + "# dockmentor-ignore " + f.ruleId() + doc.lines().newline());
    }

    /** {@code # dockmentor-ignore-file id} at the top, after any parser directives. */
    static TextEdit ignoreFile(Document doc, Finding f) {
        int line = 0;
        Dockerfile df = doc.dockerfile();
        if (df != null) for (Directive d : df.directives) line = Math.max(line, d.range().end().line() + 1);
        String nl = doc.lines().newline();
        if (line >= doc.lines().lineCount()) {
            Position end = doc.lines().position(doc.text.length());
            return TextEdit.insert(doc.pathString(), end, nl + "# dockmentor-ignore-file " + f.ruleId() + nl);
        }
        return TextEdit.insert(doc.pathString(), new Position(line, 0), "# dockmentor-ignore-file " + f.ruleId() + nl);
    }
}
