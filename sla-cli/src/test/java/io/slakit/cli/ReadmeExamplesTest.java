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

    /** The lines of every fenced block of {@code language} (```json, ```java), in order. */
    static List<List<String>> fencedBlocks(Path readme, String language) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<List<String>> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().startsWith("```")) {
                continue;
            }
            boolean wanted = lines.get(i).strip().equals("```" + language);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            if (wanted) {
                blocks.add(List.copyOf(lines.subList(i + 1, end)));
            }
            i = end;
        }
        return blocks;
    }

    /**
     * The month file of "The month file", as printed, evaluates: one CVM instance down 10:00:00 to
     * 10:10:30, 10.5 minutes rounded up to 11, above the 10.8 minutes 99.975 % of April allows: the
     * 10 % tier of 1000.00, 100.00 CNY.
     */
    @org.junit.jupiter.api.Test
    void theMonthFileExampleEvaluatesAsPrinted(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<String> month = fencedBlocks(repositoryRoot().resolve("README.md"), "json").stream()
                .filter(b -> !b.isEmpty() && b.get(0).strip().equals("{") && String.join("\n", b).contains("\"resources\""))
                .findFirst().orElseThrow(() -> new AssertionError("no month file in README.md"));
        Path file = dir.resolve("month.json");
        Files.write(file, month, StandardCharsets.UTF_8);
        MainTest.Run run = MainTest.run("evaluate", file.toString(), "--format", "json");
        assertEquals(Main.OK, run.code(), run.err());
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertEquals("100.00", report.get("totalCredit").asText(), run.out());
        assertEquals(11, report.get("resources").get(0).get("metrics").get(0).get("unavailableMinutes").asInt(), run.out());
    }

    /**
     * The Java snippets of "Using the library", with their imports, compiled against the test class
     * path and run in order as one program; each statement {@code EXPR; // VALUE} checks that EXPR
     * shows as VALUE (an Optional as its value, a tier as "band -> credit %").
     */
    @org.junit.jupiter.api.Test
    void theJavaSnippetsCompileAndPrintWhatTheirCommentsSay(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<List<String>> blocks = fencedBlocks(repositoryRoot().resolve("README.md"), "java");
        assertTrue(blocks.size() >= 2, "java blocks: " + blocks);
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        java.util.regex.Pattern checked = java.util.regex.Pattern.compile("^([A-Za-z][\\w.()\"0-9, ]*);\\s*// (.+)$");
        int checks = 0;
        for (List<String> block : blocks) {
            boolean statementStart = true;
            for (String line : block) {
                if (line.startsWith("import ")) {
                    imports.append(line).append('\n');
                    continue;
                }
                java.util.regex.Matcher m = checked.matcher(line.strip());
                if (statementStart && m.matches()) {
                    body.append("        check(\"").append(m.group(1).replace("\"", "\\\"")).append("\", ").append(m.group(1)).append(", \"")
                            .append(m.group(2).strip().replace("\"", "\\\"")).append("\");\n");
                    checks++;
                } else {
                    body.append("        ").append(line).append('\n');
                }
                String code = line.replaceAll("//.*$", "").strip();
                statementStart = code.isEmpty() ? statementStart : code.endsWith(";") || code.endsWith("{") || code.endsWith("}");
            }
        }
        assertTrue(checks >= 4, "checked statements: " + checks + "\n" + body);
        String source = imports + "\npublic class ReadmeSnippets {\n"
                + "    static void check(String expression, Object value, String expected) {\n"
                + "        Object v = value instanceof java.util.Optional<?> o ? o.orElse(null) : value;\n"
                + "        String shown = v instanceof io.slakit.api.CreditTier t ? t.band() + \" -> \" + t.credit().stripTrailingZeros().toPlainString() + \" %\""
                + " : String.valueOf(v);\n"
                + "        if (!shown.equals(expected)) throw new AssertionError(expression + \" is \" + shown + \", the README says \" + expected);\n"
                + "    }\n"
                + "    public static void main(String[] args) {\n" + body + "    }\n}\n";
        Path src = dir.resolve("ReadmeSnippets.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator + System.getProperty("jdk.module.path", "");
        // javac through java.base's ToolProvider: the CLI's module need not read java.compiler
        java.util.spi.ToolProvider javac = java.util.spi.ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("no javac in this JDK"));
        java.io.StringWriter log = new java.io.StringWriter();
        int compiled = javac.run(new java.io.PrintWriter(log), new java.io.PrintWriter(log), "-encoding", "UTF-8", "-classpath", classPath,
                "-d", dir.toString(), "-proc:none", src.toString());
        assertEquals(0, compiled, log + "\n" + source);
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            try {
                loader.loadClass("ReadmeSnippets").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new AssertionError(e.getCause().getMessage() + "\n" + source, e.getCause());
            }
        }
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
