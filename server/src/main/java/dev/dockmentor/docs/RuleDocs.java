package dev.dockmentor.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rule pages ({@code docs/rules/<id>.md} and {@code <id>.es.md}, packaged in the jar):
 * the single source of hover text, {@code explain}, SARIF help and the README index.
 */
public final class RuleDocs {
    public static final String BASE_URL = "https://github.com/dockmentor/dockmentor/blob/main/docs/rules/";
    private static final Pattern TITLE = Pattern.compile("^#\\s+([a-z0-9-]+):\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("```([a-zA-Z]*)\\r?\\n(.*?)\\r?\\n```", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("##\\s+(.+?)\\s*");
    private static final Map<String, Optional<RulePage>> CACHE = new ConcurrentHashMap<>();

    private RuleDocs() {}

    public static String url(String id) {
        return BASE_URL + id + ".md";
    }

    /** The page in the user's language ({@code <id>.es.md} for Spanish) under {@code base}, or the published pages. */
    public static String url(String id, String locale, String base) {
        return (base != null ? base : BASE_URL) + id + (locale != null && locale.startsWith("es") ? ".es.md" : ".md");
    }

    /** The page in the locale asked for, falling back to English. */
    public static Optional<RulePage> page(String id, String locale) {
        boolean es = locale != null && locale.toLowerCase(Locale.ROOT).startsWith("es");
        if (es) {
            Optional<RulePage> p = CACHE.computeIfAbsent(id + ".es", k -> load(id, "es"));
            if (p.isPresent()) return p;
        }
        return CACHE.computeIfAbsent(id, k -> load(id, "en"));
    }

    private static Optional<RulePage> load(String id, String locale) {
        if (!id.matches("[a-z0-9-]+")) return Optional.empty();
        String res = "rules/" + id + (locale.equals("es") ? ".es.md" : ".md");
        try (InputStream in = RuleDocs.class.getResourceAsStream(res)) {
            if (in == null) return Optional.empty();
            return Optional.of(parse(id, locale, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static RulePage parse(String id, String locale, String md) {
        Matcher t = TITLE.matcher(md);
        String title = t.find() ? t.group(2).strip() : id;
        List<String> headings = locale.equals("es") ? RulePage.ES_HEADINGS : RulePage.EN_HEADINGS;
        String[] sections = new String[headings.size()];
        for (int i = 0; i < headings.size(); i++) sections[i] = section(md, headings.get(i));
        String[] before = fence(sections[3]);
        String[] after = fence(sections[4]);
        boolean es = locale.equals("es");
        String notFlagged = section(md, es ? RulePage.ES_NOT_FLAGGED : RulePage.EN_NOT_FLAGGED);
        String fixSafety = section(md, es ? RulePage.ES_FIX_SAFETY : RulePage.EN_FIX_SAFETY);
        return new RulePage(id, locale, title, md, sections[0], sections[1], sections[2], before[1], after[1],
                before[0], notFlagged, fixSafety, sections[5]);
    }

    /** The text under {@code ## heading} up to the next {@code ## }, or null when missing. */
    static String section(String md, String heading) {
        Matcher m = Pattern.compile("^##\\s+" + Pattern.quote(heading) + "\\s*$", Pattern.MULTILINE).matcher(md);
        if (!m.find()) return null;
        int start = m.end();
        Matcher next = Pattern.compile("^##\\s", Pattern.MULTILINE).matcher(md);
        int end = next.find(start) ? next.start() : md.length();
        return md.substring(start, end).strip();
    }

    /**
     * The {@code ## } headings of a page, in the order they appear (the text after {@code ## }, stripped), so a
     * check can see that every section is there once and in {@link RulePage#pageOrder(String)} order.
     */
    public static List<String> headings(String md) {
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        for (String line : md.split("\\r?\\n")) {
            if (line.strip().startsWith("```")) inFence = !inFence;
            if (inFence) continue;
            Matcher m = HEADING.matcher(line);
            if (m.matches()) out.add(m.group(1).strip());
        }
        return out;
    }

    private static String[] fence(String section) {
        if (section == null) return new String[] {null, null};
        Matcher m = FENCE.matcher(section);
        return m.find() ? new String[] {m.group(1), m.group(2) + "\n"} : new String[] {null, null};
    }

    /**
     * A hover that teaches in a glance, for one finding: the rule and its severity, the one-paragraph why, the impact,
     * and what the quick fix does; never the diagnostic's message again (the editor shows it). {@code more} is the
     * link or hint to the full page; {@code fixTitle} null when the finding has no fix.
     */
    public static String lesson(RulePage p, String severityLabel, String fixTitle, String more) {
        boolean es = p.locale().equals("es");
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(p.id()).append("**");
        if (severityLabel != null) sb.append(" (").append(severityLabel).append(")");
        sb.append(": ").append(p.title()).append("\n\n");
        String why = summary(p.why(), 260);
        if (why != null) sb.append(why).append("\n\n");
        String impact = summary(p.impact(), 200);
        if (impact != null) sb.append("**").append(es ? "Impacto" : "Impact").append("**: ").append(impact).append("\n\n");
        if (fixTitle != null) {
            sb.append("**").append(es ? "Arreglo" : "Fix").append("**: ").append(fixTitle)
                    .append(es ? " (arreglo rápido)" : " (quick fix)").append("\n\n");
        }
        if (more != null) sb.append(more).append("\n");
        return sb.toString();
    }

    /**
     * The first paragraph of a section (its first item when it is a list), without code, cut at a sentence end
     * within {@code max} characters (else at a word, with an ellipsis).
     */
    static String summary(String section, int max) {
        if (section == null) return null;
        String text = section.replaceAll("(?s)```.*?```", "").strip();
        if (text.isEmpty()) return null;
        String para = text.split("\\n\\s*\\n", 2)[0].strip();
        if (para.startsWith("- ") || para.startsWith("* ")) para = para.split("\\n(?=[-*] )", 2)[0].substring(2).strip();
        para = para.replaceAll("\\s*\\n\\s*", " ");
        if (para.length() <= max) return para;
        int cut = -1;
        for (int i = para.indexOf(". "); i >= 0 && i < max; i = para.indexOf(". ", i + 1)) cut = i + 1;
        if (cut > 40) return para.substring(0, cut);
        int space = para.lastIndexOf(' ', max - 1);
        return para.substring(0, space > 40 ? space : max).replaceAll("[,;:]$", "") + "…";
    }

    /** The markdown shown in a hover: what, why, impact, before/after (with headings in the locale). */
    public static String hoverMarkdown(RulePage p, String severityLabel) {
        boolean es = p.locale().equals("es");
        List<String> h = es ? RulePage.ES_HEADINGS : RulePage.EN_HEADINGS;
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(p.id()).append("**: ").append(p.title());
        if (severityLabel != null) sb.append(" (").append(severityLabel).append(")");
        sb.append("\n\n");
        if (p.what() != null) sb.append(p.what()).append("\n\n");
        if (p.why() != null) sb.append("**").append(h.get(1)).append("**: ").append(p.why()).append("\n\n");
        if (p.impact() != null) sb.append("**").append(h.get(2)).append("**: ").append(p.impact()).append("\n\n");
        String lang = p.fence() == null ? "" : p.fence();
        if (p.before() != null) sb.append("**").append(h.get(3)).append("**\n```").append(lang).append("\n").append(p.before()).append("```\n\n");
        if (p.after() != null) sb.append("**").append(h.get(4)).append("**\n```").append(lang).append("\n").append(p.after()).append("```\n\n");
        if (p.silence() != null) sb.append("**").append(h.get(5)).append("**\n\n").append(p.silence()).append("\n");
        return sb.toString();
    }

    public static List<String> missing(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (load(id, "en").isEmpty()) out.add(id + ".md");
            if (load(id, "es").isEmpty()) out.add(id + ".es.md");
        }
        return out;
    }
}
