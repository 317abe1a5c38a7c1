package dev.dockmentor.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Severity;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The formats CI systems read natively: GitHub workflow commands (annotations on the pull request), GitLab's Code
 * Quality report (Code Climate JSON with a stable fingerprint), and Checkstyle XML (Jenkins, many review tools).
 */
final class CiFormats {
    private CiFormats() {}

    /** {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message}, escaped as GitHub requires. */
    static void github(List<Output> files, String locale, PrintStream out) {
        for (Output f : files) {
            for (Finding d : f.findings()) {
                String level = switch (d.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    default -> "notice";
                };
                out.println("::" + level + " file=" + property(f.path()) + ",line=" + (d.range().start().line() + 1)
                        + ",col=" + (d.range().start().character() + 1) + ",endLine=" + (d.range().end().line() + 1)
                        + ",endColumn=" + (d.range().end().character() + 1) + ",title=" + property("dockmentor " + d.ruleId())
                        + "::" + data(d.message().get(locale)));
            }
        }
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * GitLab Code Quality: a JSON array of issues. The fingerprint hashes the rule, the path and the line's text (not its
     * number), so a finding keeps its identity when lines above it move.
     */
    static void gitlab(List<Output> files, String locale, java.util.function.Function<String, String> textOf, PrintStream out) {
        JsonArray a = new JsonArray();
        for (Output f : files) {
            String text = textOf.apply(f.path());
            String[] lines = text == null ? new String[0] : text.split("\n", -1);
            java.util.Map<String, Integer> repeats = new java.util.HashMap<>();
            for (Finding d : f.findings()) {
                int line = d.range().start().line();
                String lineText = line < lines.length ? lines[line].strip() : "";
                String base = d.ruleId() + "\0" + f.path() + "\0" + lineText;
                int n = repeats.merge(base, 1, Integer::sum); // the same rule twice on one line stays two issues
                JsonObject o = new JsonObject();
                o.addProperty("description", d.message().get(locale));
                o.addProperty("check_name", d.ruleId());
                o.addProperty("fingerprint", sha256(base + "\0" + n));
                o.addProperty("severity", switch (d.severity()) {
                    case ERROR -> "critical";
                    case WARNING -> "major";
                    case INFO -> "minor";
                    case HINT -> "info";
                });
                JsonObject loc = new JsonObject();
                loc.addProperty("path", f.path());
                JsonObject lines1 = new JsonObject();
                lines1.addProperty("begin", line + 1);
                lines1.addProperty("end", d.range().end().line() + 1);
                loc.add("lines", lines1);
                o.add("location", loc);
                a.add(o);
            }
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(a));
    }

    /** Checkstyle XML: one file element per linted file, one error element per finding. */
    static void checkstyle(List<Output> files, String locale, PrintStream out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<checkstyle version=\"4.3\">");
        for (Output f : files) {
            out.println("  <file name=\"" + xml(f.path()) + "\">");
            for (Finding d : f.findings()) {
                String sev = d.severity() == Severity.ERROR ? "error" : d.severity() == Severity.WARNING ? "warning" : "info";
                out.println("    <error line=\"" + (d.range().start().line() + 1) + "\" column=\"" + (d.range().start().character() + 1)
                        + "\" severity=\"" + sev + "\" message=\"" + xml(d.message().get(locale)) + "\" source=\"dockmentor." + xml(d.ruleId()) + "\"/>");
            }
            out.println("  </file>");
        }
        out.println("</checkstyle>");
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped: they become a space.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') b.append(' ');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
