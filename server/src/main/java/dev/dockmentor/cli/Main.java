package dev.dockmentor.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code dockmentor check|format|lsp|rules|explain|--version|--help}. */
public final class Main {
    static final String HELP = """
            dockmentor: a Docker mentor in your editor and your CI.

            Usage:
              dockmentor check [options] [PATH...]     lint files or folders (default: .)
              dockmentor format [--check|--diff] [PATH...]   format Dockerfiles in place, as the editor does (default: .);
                                                   --check/--diff write nothing and exit 1 when a file would change;
                                                   PATH '-' formats standard input to standard output
              dockmentor lsp [--stdio]                 language server over stdin/stdout
              dockmentor lsp --self-test               a scripted session in-process: checks the install
              dockmentor rules [--format text|json]    list every rule: id, severity, profile, aliases, title (json: fix safety)
              dockmentor explain RULE-ID [--locale en|es]   print the rule's documentation page
              dockmentor --version | --help

            check options:
              --format text|json|sarif|github|gitlab|checkstyle
                                            output (default text); github: workflow-command annotations,
                                            gitlab: Code Quality JSON, checkstyle: Checkstyle XML
              --profile recommended|strict  rule set (default recommended)
              --config FILE                 configuration (default: .dockmentor.yaml found upward)
              --fail-on error|warning|info|never   lowest severity that exits 1 (default error)
              --locale en|es                language of messages (default from the environment)
              --kind dockerfile|compose     lint explicitly named files as this kind
              --fix                         apply every safe fix in place (atomically; a file changed meanwhile is left alone)
              --unsafe-fixes                with --fix or --diff, also the fixes that change behaviour
              --diff                        print the fixes as a unified diff; write nothing (exit 1 when a file would change)
              --statistics                  per-rule counts by severity and warnings+errors per file, not the findings
              --verbose                     also name what a folder walk skips; with --statistics, a line per file
              --stdin-filename NAME         with PATH '-': lint standard input as the file NAME (kind and project from it)
              --debug                       print stack traces of internal failures

            Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or read error.
            """;

    private Main() {}

    /** The usage lines of one subcommand (and for check its options), or the whole help for an unknown one. */
    static String help(String cmd) {
        StringBuilder b = new StringBuilder();
        boolean in = false;
        for (String line : HELP.split("\n")) {
            // A usage line, and the deeper-indented lines that continue it.
            in = line.startsWith("  dockmentor " + cmd + " ") || in && line.startsWith("        ");
            if (in) b.append(line).append('\n');
        }
        if (b.isEmpty()) return HELP;
        if (cmd.equals("check")) {
            int i = HELP.indexOf("check options:");
            b.append('\n').append(HELP.substring(i));
        }
        return "Usage:\n" + b;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code >= 0) {
            out.flush();
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit status, or -1 when it keeps running (the language server). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            if (args.length == 0) {
                out.print(HELP);
                return 2;
            }
            String cmd = args[0];
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            // Every subcommand answers --help (exit 0), with the usage that concerns it.
            if (!cmd.startsWith("-") && Arrays.asList(rest).stream().anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
                out.print(help(cmd));
                return 0;
            }
            return switch (cmd) {
                case "check" -> new CheckCommand(out, err).run(rest);
                case "format" -> new FormatCommand(out, err).run(rest);
                case "rules" -> RulesCommand.run(rest, out);
                case "explain" -> RulesCommand.explain(rest, out);
                case "lsp" -> LspCommand.run(rest, out);
                case "--version", "-v", "version" -> {
                    out.println("dockmentor " + Version.get());
                    yield 0;
                }
                case "--help", "-h", "help" -> {
                    out.print(HELP);
                    yield 0;
                }
                default -> throw new Usage("unknown command '" + cmd + "' (try: dockmentor --help)");
            };
        } catch (Usage u) {
            err.println("dockmentor: " + u.getMessage());
            return 2;
        } catch (RuntimeException | Error e) {
            err.println("dockmentor: internal error: " + e);
            if (debug) e.printStackTrace(err);
            return 2;
        }
    }
}
