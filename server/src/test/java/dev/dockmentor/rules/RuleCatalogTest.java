package dev.dockmentor.rules;

import static org.junit.jupiter.api.Assertions.*;

import dev.dockmentor.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The registry is the contract: kebab-case unique ids, unique aliases, every class registered, every catalogue id present. */
class RuleCatalogTest {
    static final Path REPO = Path.of(System.getProperty("dockmentor.repo", "..")).toAbsolutePath().normalize();

    @Test
    void idsAreUniqueKebabCaseAndAliasesUnique() {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Rule r : RuleCatalog.all()) {
            if (!r.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) problems.add("not kebab-case: " + r.id());
            if (seen.put(r.id(), r.id()) != null) problems.add("duplicate id: " + r.id());
            for (String a : r.meta().aliases()) {
                String prev = seen.put("alias:" + a.toLowerCase(Locale.ROOT), r.id());
                if (prev != null) problems.add("alias " + a + " on both " + prev + " and " + r.id());
            }
            if (!r.getClass().getSimpleName().equals(pascal(r.id())) && !r.getClass().getSimpleName().endsWith("Error")
                    && !r.getClass().getSimpleName().equals("FileTooLarge")) {
                problems.add(r.getClass().getSimpleName() + " is not named after " + r.id());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRuleClassIsRegistered() throws IOException {
        List<String> registered = RuleCatalog.all().stream().map(r -> r.getClass().getSimpleName()).toList();
        List<String> missing = new ArrayList<>();
        for (String pkg : List.of("dockerfile", "compose")) {
            try (Stream<Path> s = Files.list(Path.of("src/main/java/dev/dockmentor/rules", pkg))) {
                for (Path f : s.toList()) {
                    String src = Files.readString(f);
                    String name = f.getFileName().toString().replace(".java", "");
                    if (src.contains("extends Rule ") && !src.contains("abstract class") && !registered.contains(name)) missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCatalogueIdIsImplemented() throws IOException {
        Path catalogue = REPO.resolve("../shared/spec/rules.md");
        Assumptions.assumeTrue(Files.exists(catalogue), "the shared catalogue is not beside this clone");
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)`").matcher(Files.readString(catalogue));
        List<String> missing = new ArrayList<>();
        while (m.find()) if (RuleRegistry.get().rule(m.group(1)).filter(r -> r.id().equals(m.group(1))).isEmpty()) missing.add(m.group(1));
        assertEquals(List.of(), missing);
    }

    static String pascal(String id) {
        StringBuilder sb = new StringBuilder();
        for (String p : id.split("-")) sb.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        return sb.toString();
    }
}
