package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.KeyValue;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.List;

/**
 * {@code ENV key value}: the whitespace form takes the whole rest of the line as one value, which
 * surprises anyone who adds a second pair; BuildKit flags it and may drop it.
 */
public final class LegacyKeyValueFormat extends Rule implements DockerfileCheck {
    public LegacyKeyValueFormat() {
        super(RuleMeta.of("legacy-key-value-format", Severity.WARNING, "ENV or LABEL uses the old `key value` form")
                .aliases("LegacyKeyValueFormat"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            Instruction e = ins.child != null ? ins.child : ins;
            if (!e.is("ENV") && !e.is("LABEL")) continue;
            for (KeyValue kv : e.keyValues) {
                if (!kv.legacy() || kv.value() == null || e.words.size() < 2) continue;
                String value = quoted(e, e.words.subList(1, e.words.size()), ctx.dockerfile().escape);
                // The key as written ("my key" keeps its quotes; unquoted it would become two words).
                String key = quoted(e, List.of(e.words.get(0)), ctx.dockerfile().escape);
                // ENV KEY: value (YAML habit): the colon is not part of the name the author meant.
                if (key.length() > 1 && key.endsWith(":") && !key.startsWith("\"") && !key.startsWith("'")) key = key.substring(0, key.length() - 1);
                String fixed = key + "=" + value;
                ctx.report(kv.range(), e.keyword + " " + kv.key() + " <value> is the legacy form; write " + e.keyword + " " + fixed,
                                e.keyword + " " + kv.key() + " <valor> es la forma antigua; escribe " + e.keyword + " " + fixed)
                        .fix(Msg.of("Change to " + fixed, "Cambiar a " + fixed), true, ctx.replace(kv.range(), fixed));
            }
        }
    }

    /** The rest of the line as one value: a single word as written, several words in double quotes. */
    static String quoted(Instruction ins, List<Word> words, char esc) {
        if (words.size() == 1 && words.get(0).raw().chars().noneMatch(Character::isWhitespace)) return words.get(0).raw();
        String text = ins.args.text();
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sb.append(text, words.get(i - 1).end(), words.get(i).start());
            inner(words.get(i).raw(), esc, sb);
        }
        return sb.append('"').toString();
    }

    /** Appends a word's meaning as it would read inside double quotes. */
    private static void inner(String raw, char esc, StringBuilder sb) {
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0;
                else sb.append(c == '"' || c == '$' || c == esc ? esc + "" + c : String.valueOf(c));
            } else if (c == esc && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                if (quote == '"' || n == '"' || n == '$' || n == esc) sb.append(esc).append(n);
                else sb.append(n);
            } else if (c == '"') {
                quote = quote == '"' ? 0 : '"';
            } else if (c == '\'' && quote == 0) {
                quote = '\'';
            } else {
                sb.append(c);
            }
        }
    }
}
