package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * A build stage: from its FROM up to the next. {@code image} is the base as written with
 * ARG defaults substituted; {@code parent} is the earlier stage it builds on, if any.
 */
public final class Stage {
    public final int index;
    public final Instruction from;
    public final String name;          // null when unnamed; lower-cased as BuildKit does
    public final String rawName;
    public final Range nameRange;
    public final Word imageWord;       // null when FROM has no argument
    public final ImageRef image;       // resolved; null when FROM has no argument
    public final List<Instruction> instructions = new ArrayList<>();
    Stage parent;
    boolean last;

    Stage(int index, Instruction from, String rawName, Range nameRange, Word imageWord, ImageRef image) {
        this.index = index;
        this.from = from;
        this.rawName = rawName;
        this.name = rawName == null ? null : rawName.toLowerCase(java.util.Locale.ROOT);
        this.nameRange = nameRange;
        this.imageWord = imageWord;
        this.image = image;
    }

    public Stage parent() {
        return parent;
    }

    public boolean isFinal() {
        return last;
    }

    /** The first stage of the chain (this one or an ancestor) that pulls an external image. */
    public Stage root() {
        Stage s = this;
        int guard = 0;
        while (s.parent != null && guard++ < 1000) s = s.parent;
        return s;
    }

    public List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }

    public String label() {
        return name != null ? name : "#" + index;
    }
}
