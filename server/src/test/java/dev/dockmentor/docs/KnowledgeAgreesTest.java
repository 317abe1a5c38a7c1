package dev.dockmentor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One knowledge base that agrees with itself (issue 19): every image size a rule page states ("`python:3.12-slim`
 * about 130 MB", "ronda 1 GB frente a unos 130 MB de `python:3.12-slim`") is the size the knowledge base gives the
 * messages and the image hover.
 */
class KnowledgeAgreesTest {
    private static final Pattern EN = Pattern.compile("`([a-z0-9./-]+:[a-z0-9._-]+)` about ([0-9.,]+) (MB|GB)");
    private static final Pattern ES = Pattern.compile("(?:unos|ronda) ([0-9.,]+) (MB|GB) de `([a-z0-9./-]+:[a-z0-9._-]+)`|`([a-z0-9./-]+:[a-z0-9._-]+)` ronda ([0-9.,]+) (MB|GB)");

    @Test
    void imageSizesOnRulePagesAreTheKnowledgeBasesSizes() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> pages = Files.list(RuleDocsTest.REPO.resolve("docs/rules"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".md")).toList()) {
                String md = Files.readString(p);
                Matcher m = EN.matcher(md);
                while (m.find()) checked += check(p, m.group(1), m.group(2), m.group(3), wrong);
                Matcher e = ES.matcher(md);
                while (e.find()) {
                    if (e.group(3) != null) checked += check(p, e.group(3), e.group(1), e.group(2), wrong);
                    else checked += check(p, e.group(4), e.group(5), e.group(6), wrong);
                }
            }
        }
        assertTrue(checked >= 4, "the pages state sizes this test reads: " + checked);
        assertEquals(List.of(), wrong);
    }

    private static int check(Path page, String image, String number, String unit, List<String> wrong) {
        ImageRef ref = ImageRef.parse(image);
        var lang = KnowledgeBase.get().language(ref);
        if (lang.isEmpty()) return 0;
        String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
        Integer kb = tag.contains("alpine") ? lang.get().alpine() : tag.contains("slim") ? lang.get().slim() : lang.get().full();
        if (kb == null) return 0;
        double stated = Double.parseDouble(number.replace(',', '.')) * (unit.equals("GB") ? 1000 : 1);
        // GB figures are rounded to one decimal (1.02 GB reads "1 GB"); MB figures must match.
        boolean ok = unit.equals("GB") ? Math.abs(stated - kb) <= 60 : Math.abs(stated - kb) < 1;
        if (!ok) wrong.add(page.getFileName() + ": " + image + " " + number + " " + unit + " but the knowledge base says " + kb + " MB");
        return 1;
    }
}
