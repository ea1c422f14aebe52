package dev.javelin.engine.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the repository's Markdown points at a file inside the repository that exists: a clone
 * has nothing beside it, so a link outside it is a dead link for every reader.
 */
class DocLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void relativeLinksStayInsideTheRepositoryAndResolve() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(root.resolve("README.md")), "repository root not found from " + root);
        List<String> bad = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path md : files.filter(DocLinksTest::isOwnMarkdown).toList()) {
                Matcher m = LINK.matcher(Files.readString(md));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
                        continue;
                    }
                    String file = target.replaceFirst("#.*$", "");
                    Path resolved = md.getParent().resolve(file).normalize();
                    checked++;
                    if (!resolved.startsWith(root)) {
                        bad.add(root.relativize(md) + ": " + target + " leaves the repository");
                    } else if (!Files.exists(resolved)) {
                        bad.add(root.relativize(md) + ": " + target + " does not exist");
                    }
                }
            }
        }
        assertTrue(checked > 5, "found only " + checked + " relative links; is the walk looking at the docs?");
        assertEquals(List.of(), bad);
    }

    private static boolean isOwnMarkdown(Path p) {
        String s = p.toString();
        return s.endsWith(".md") && !s.contains("/target/") && !s.contains("/.git/") && !s.contains("/node_modules/");
    }
}
