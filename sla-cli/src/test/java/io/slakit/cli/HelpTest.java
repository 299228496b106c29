package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every parameter of a command is described in whole sentences; {@code show} prints the clause codes {@code evaluate} takes. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"allowance", "claim-window", "evaluate", "show", "products", "claim", "export openslo"})
    void everyOptionAndPositionalHasAWholeDescription(String command) {
        CommandLine sub = new CommandLine(new Main());
        for (String name : command.split(" ")) {
            sub = sub.getSubcommands().get(name);
        }
        CommandSpec spec = sub.getCommandSpec();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        List<String> bad = new ArrayList<>();
        for (ArgSpec arg : args) {
            String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            String[] description = arg.description();
            if (description.length == 0 || String.join("", description).isBlank()) {
                bad.add(name + ": no description");
            }
            for (String line : description) {
                // each element is a line of its own in the help: it must end a sentence, not cut one
                if (!line.strip().matches(".*[.)]$")) {
                    bad.add(name + ": \"" + line + "\" does not end a sentence");
                }
            }
        }
        for (String line : spec.usageMessage().description()) {
            if (!line.strip().matches(".*[.)]$")) {
                bad.add("the command's description: \"" + line + "\" does not end a sentence");
            }
        }
        assertEquals(List.of(), bad, command);
        List<String> helpArgs = new ArrayList<>(List.of(command.split(" ")));
        helpArgs.add("--help");
        MainTest.Run help = MainTest.run(helpArgs.toArray(String[]::new));
        assertEquals(Main.OK, help.code());
        assertEquals("", help.err(), "help prints no warnings");
        assertTrue(help.out().startsWith("Usage: slakit " + command), help.out());
    }

    @Test
    void showPrintsTheClauseCodesEvaluateTakes(@TempDir Path dir) throws IOException {
        MainTest.Run show = MainTest.run("show", "cvm");
        assertEquals(Main.OK, show.code(), show.err());
        int at = show.out().indexOf("Exclusions (use the code in a month file's \"exclusion\" field):");
        assertTrue(at >= 0, show.out());
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  [0-9][0-9.]*\\s+([a-z][a-z0-9-]*)\\s{2,}").matcher(show.out().substring(at));
        while (m.find()) {
            codes.add(m.group(1));
        }
        // CVM's clauses 4 and 5.1 to 5.12 (seed 002, lines 1541-1577)
        assertEquals(13, codes.size(), show.out());
        assertTrue(codes.contains("force-majeure"), codes.toString());
        for (String code : codes) {
            Path month = dir.resolve(code + ".json");
            Files.writeString(month, "{\"product\":\"cvm\",\"site\":\"cn\",\"month\":\"2024-04\",\"currency\":\"CNY\",\"resources\":[{\"id\":\"i\","
                    + "\"fee\":\"1.00\",\"incidents\":[{\"start\":\"2024-04-02T00:00:00+08:00\",\"end\":\"2024-04-02T01:00:00+08:00\","
                    + "\"exclusion\":\"" + code + "\"}]}]}", StandardCharsets.UTF_8);
            MainTest.Run run = MainTest.run("evaluate", month.toString(), "--format", "json");
            assertEquals(Main.OK, run.code(), code + ": " + run.err());
            assertTrue(run.out().contains("\"" + code + "\" : 60"), code + ": " + run.out());
        }
    }
}
