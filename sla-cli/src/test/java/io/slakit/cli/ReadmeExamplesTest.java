package io.slakit.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every example of the repository's README.md exactly as printed: a fenced block whose first
 * line is {@code $ slakit ARGS} is run in-process and its output (standard output, then standard
 * error) must be the block's other lines; a line {@code ...} stands for any lines left out. An
 * argument naming a file of the repository (e.g. {@code examples/acme-2024.days}) is read there.
 */
class ReadmeExamplesTest {

    record Example(int line, String command, List<String> expected) {
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("sla-cli")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<Example> examples(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            if (start < end && lines.get(start).matches("\\$ (\\./)?slakit .*")) {
                examples.add(new Example(start + 1, lines.get(start).replaceFirst("\\$ (\\./)?slakit ", ""),
                        List.copyOf(lines.subList(start + 1, end))));
            }
            i = end;
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleRunsAsPrinted() throws IOException {
        Path root = repositoryRoot();
        List<Example> examples = examples(root.resolve("README.md"));
        assertTrue(examples.size() >= 5, "README examples found: " + examples);
        return examples.stream().map(e -> DynamicTest.dynamicTest("README line " + e.line() + ": slakit " + e.command(), () -> {
            String[] args = e.command().trim().split("\\s+");
            for (int k = 0; k < args.length; k++) {
                if (args[k].contains("/") && Files.exists(root.resolve(args[k]))) {
                    args[k] = root.resolve(args[k]).toString();
                }
            }
            MainTest.Run run = MainTest.run(args);
            List<String> actual = (run.out() + run.err()).lines().toList();
            boolean error = !e.expected().isEmpty() && e.expected().get(0).startsWith("slakit: ");
            assertEquals(error ? Main.BAD_INPUT : Main.OK, run.code(), run.out() + run.err());
            assertTrue(matches(e.expected(), actual), "README line " + e.line() + " prints\n" + String.join("\n", e.expected())
                    + "\nbut slakit " + e.command() + " prints\n" + String.join("\n", actual));
        }));
    }

    @org.junit.jupiter.api.Test
    void theElisionMatchesOnlyWhatItShould() {
        assertTrue(matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d")));
        assertTrue(matches(List.of("a", "...", "c", "...", "e"), List.of("a", "b", "c", "d", "e")));
        assertTrue(!matches(List.of("a", "...", "d"), List.of("a", "b", "c", "e")));
        assertTrue(!matches(List.of("a", "...", "x", "...", "e"), List.of("a", "b", "c", "d", "e")));
        assertTrue(!matches(List.of("a", "b"), List.of("a", "b", "c")));
    }

    /** {@code expected} equals {@code actual}, each {@code ...} line standing for any number of lines. */
    static boolean matches(List<String> expected, List<String> actual) {
        List<List<String>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        for (String line : expected) {
            if (line.equals("...")) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(line);
            }
        }
        if (parts.size() == 1) {
            return expected.equals(actual);
        }
        List<String> first = parts.get(0);
        List<String> last = parts.get(parts.size() - 1);
        if (actual.size() < first.size() + last.size() || !actual.subList(0, first.size()).equals(first)
                || !actual.subList(actual.size() - last.size(), actual.size()).equals(last)) {
            return false;
        }
        int at = first.size();
        int limit = actual.size() - last.size();
        for (List<String> middle : parts.subList(1, parts.size() - 1)) {
            int found = -1;
            for (int k = at; k + middle.size() <= limit; k++) {
                if (actual.subList(k, k + middle.size()).equals(middle)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            at = found + middle.size();
        }
        return true;
    }
}
