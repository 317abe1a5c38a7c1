package dev.dockmentor.shell;

import java.util.List;

/** The commands of a shell script in order; the model rules read RUN through. */
public record ShellScript(List<Command> commands) {
    public static final ShellScript EMPTY = new ShellScript(List.of());

    public boolean hasPipe() {
        return commands.stream().anyMatch(Command::pipedOut);
    }

    public List<Command> running(String... programs) {
        return commands.stream().filter(c -> {
            String p = c.program();
            for (String q : programs) if (p.equals(q)) return true;
            return false;
        }).toList();
    }
}
