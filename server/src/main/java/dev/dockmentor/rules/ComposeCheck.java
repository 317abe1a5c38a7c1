package dev.dockmentor.rules;

/** A rule that reads a compose project model. */
public interface ComposeCheck {
    void check(ComposeContext ctx);
}
