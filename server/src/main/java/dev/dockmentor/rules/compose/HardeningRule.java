package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.text.TextEdit;
import java.util.List;
import java.util.Optional;

/** Shape of the strict hardening rules: a service lacks a list item (or key) and the fix adds it. */
abstract class HardeningRule extends Rule implements ComposeCheck {
    HardeningRule(RuleMeta meta) {
        super(meta);
    }

    abstract boolean satisfied(Service s);

    abstract Msg message(Service s);

    abstract Msg fixTitle();

    /** The key to add and its value, or the item to append when the key holds a list already. */
    abstract String key();

    abstract Object value();

    abstract Object item();

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().isFragment()) return;
        for (Service s : ctx.model().containers()) {
            if (s.node == null || satisfied(s)) continue;
            Report r = ctx.report(s.key, message(s).en(), message(s).es());
            YNode existing = s.get(key());
            Optional<TextEdit> edit;
            if (existing != null && existing.isSeq() && item() != null) edit = Optional.of(ctx.addItem(existing, item()));
            else if (existing == null) edit = ctx.addToService(s, key(), value());
            else edit = Optional.of(ctx.replace(existing, ctx.writer().flow(value())));
            edit.ifPresent(e -> r.fix(fixTitle(), false, List.of(e)));
        }
    }
}
