package dev.dockmentor.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Heredoc;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.ide.Formatting;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The formatter over every Dockerfile of the {@link Corpus} (rule pages, rule tests, examples) and seeded variants of
 * each (CRLF, lower-case keywords, indentation, blank lines, a BOM...): formatting twice equals formatting once, the
 * formatted file parses to the same instructions, and the analyzer finds the same rules the same number of times,
 * except the rules about casing.
 */
@Timeout(300)
class FormattingPropertyTest {
    static final long SEED = 20261208L;
    static final int VARIANTS = 3;
    /** Rules about how keywords and names are cased: formatting is meant to change what they find. */
    static final Set<String> CASING_RULES = Set.of("instruction-casing", "stage-name-casing");

    /** Instructions whose arguments BuildKit takes as one string, blanks included. */
    static final Set<String> VERBATIM = Set.of("MAINTAINER", "STOPSIGNAL", "USER", "WORKDIR");

    record Sample(String origin, String text) {}

    /**
     * Inputs whose blanks at a line break are content (a quoted string, an escaped blank, a word cut in two, the
     * legacy ENV value, a WORKDIR path, a PowerShell string), beside ones where they are layout: the corpus has few.
     */
    static final List<String> TRICKY = List.of(
            "from alpine\nrun echo \"hello \\\n     world\" && \\\n  echo 'a  \\\n b'\n",
            "FROM alpine\nRUN echo a\\ \\\n  b && apt-get ins\\\ntall curl\n",
            "FROM alpine\nENV GREETING hello \\\n      world\nENV A=1 \\\n  B=\"x \\\n  y\"\nLABEL k v \\\n   w\n",
            "FROM alpine\nWORKDIR /my \\\n   dir\nUSER app \\\n  \nCMD [\"echo\", \"a \\\n  b\"]\n",
            "# escape=`\nFROM windows\nRUN Write-Host \"say `\"hi `\n   there`\"\" ; `\n  dir C:\\\nCOPY a C:\\app\\\n",
            "FROM alpine\nRUN echo ${A:-x \\\n  y} $'it\\'s \\\n  fine'\nSHELL [\"pwsh\", \"-c\"]\nRUN echo \"a`\" \\\n  b\"\n");

    static List<Sample> samples() {
        List<Sample> out = new ArrayList<>();
        long seed = SEED;
        List<Corpus.Input> inputs = new ArrayList<>(Corpus.dockerfiles());
        for (int i = 0; i < TRICKY.size(); i++) inputs.add(new Corpus.Input("tricky#" + i, TRICKY.get(i)));
        for (Corpus.Input in : inputs) {
            out.add(new Sample(in.origin(), in.text()));
            for (String v : Corpus.variants(in.text(), false, seed++, VARIANTS)) out.add(new Sample(in.origin() + "~v", v));
        }
        return out;
    }

    @Test
    void formattingKeepsMeaningAndFindingsAndIsIdempotent() {
        List<String> failures = new ArrayList<>();
        int changed = 0, total = 0;
        for (Sample s : samples()) {
            total++;
            try {
                if (check(s.text())) changed++;
            } catch (AssertionError e) {
                failures.add(s.origin() + ": " + e.getMessage() + "\n--- input ---\n" + s.text());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + total + " inputs break the property:\n" + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        }
        // The corpus is large and its variants lower-case keywords and indent lines: most of it has something to format.
        assertTrue(total > 900, "samples: " + total);
        assertTrue(changed > total / 3, changed + " of " + total + " inputs changed");
    }

    /** Checks one input; true when formatting changed it. */
    private static boolean check(String text) {
        List<TextEdit> edits = Formatting.document(DockerfileParser.parse(text), Formatting.Options.DEFAULT);
        String once = TextEdits.apply(text, edits);
        String twice = Formatting.format(once, Formatting.Options.DEFAULT);
        assertEquals(once, twice, "formatting is not idempotent");
        if (once.equals(text)) return false;
        sameInstructions(DockerfileParser.parse(text), DockerfileParser.parse(once));
        assertEquals(findings(text), findings(once), "findings differ");
        return true;
    }

    /**
     * Same keywords (whatever their case), flags, arguments (continuations joined, blanks normalised), words (quotes
     * removed, blanks inside them kept) and heredoc bodies; where BuildKit reads the arguments as one verbatim string,
     * the same string.
     */
    static void sameInstructions(Dockerfile a, Dockerfile b) {
        assertEquals(a.escape, b.escape, "escape char");
        assertEquals(a.directives.stream().map(d -> d.name() + "=" + d.value()).toList(),
                b.directives.stream().map(d -> d.name() + "=" + d.value()).toList(), "directives");
        assertEquals(summaries(a.instructions), summaries(b.instructions), "instructions");
    }

    private static List<String> summaries(List<Instruction> list) {
        List<String> out = new ArrayList<>();
        for (Instruction i : list) out.add(summary(i));
        return out;
    }

    private static String summary(Instruction i) {
        StringBuilder sb = new StringBuilder(i.rawKeyword.toUpperCase(Locale.ROOT));
        for (Flag f : i.flags) sb.append(" --").append(f.name()).append('=').append(f.value());
        String args = i.args.text().strip().replaceAll("\\s+", " ");
        if (i.child != null) {
            sb.append(" [").append(summary(i.child)).append(']');
        } else {
            if (i.is("FROM")) args = args.replaceAll("(?i) as ", " AS ");
            if (i.is("HEALTHCHECK")) args = args.replaceFirst("^(?i:cmd)\\b", "CMD").replaceFirst("^(?i:none)\\b", "NONE");
            sb.append(' ').append(args);
            for (int k = 0; k < i.words.size(); k++) {
                String v = i.words.get(k).value();
                boolean keyword = i.is("FROM") && k == 1 || i.is("HEALTHCHECK") && k == 0;
                sb.append('\u0000').append(keyword ? v.toUpperCase(Locale.ROOT) : v);
            }
            boolean legacy = (i.is("ENV") || i.is("LABEL")) && !i.words.isEmpty() && i.words.get(0).raw().indexOf('=') <= 0;
            if (legacy || VERBATIM.contains(i.keyword)) sb.append("\u0001").append(i.argsText());
        }
        for (Heredoc h : i.heredocs) sb.append("\n<<").append(h.delimiter()).append('\n').append(h.body());
        return sb.toString();
    }

    /** Rule id -> how many findings, casing rules left out. */
    static Map<String, Integer> findings(String text) {
        Map<String, Integer> out = new TreeMap<>();
        for (Finding f : Invariants.analyzeDockerfile(text, Invariants.PROJECT)) {
            if (!CASING_RULES.contains(f.ruleId())) out.merge(f.ruleId(), 1, Integer::sum);
        }
        return out;
    }
}
