package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import java.util.List;

/** {@code COPY . .} / {@code ADD ./ /app}: a copy of the whole build context. */
final class WholeContext {
    private WholeContext() {}

    /** The {@code .} source word of a whole-context COPY/ADD, or null. */
    static Word source(Instruction ins) {
        if (!(ins.is("COPY") || ins.is("ADD")) || ins.flag("from").isPresent()) return null;
        for (Word w : sources(ins)) {
            String v = w.value();
            if (v.equals(".") || v.equals("./") || v.equals("*") || v.equals("./*")) return w;
        }
        return null;
    }

    /** Source words (all but the destination); heredoc sources excluded. */
    static List<Word> sources(Instruction ins) {
        List<Word> ws = ins.execForm ? ins.execArgs : ins.words;
        if (ws.size() < 2) return List.of();
        return ws.subList(0, ws.size() - 1).stream().filter(w -> !w.value().startsWith("<<")).toList();
    }
}
