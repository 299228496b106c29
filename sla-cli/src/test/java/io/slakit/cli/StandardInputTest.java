package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardInputTest {
    private static final String HEADER = "{\"product\": \"cvm\", \"site\": \"cn\", \"month\": \"2024-04\", \"currency\": \"CNY\"}";

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinesStreamAResourceAtATime() throws IOException {
        // The second resource line is broken: streaming hands out the first before it reads the second.
        Inputs.Source source = EvaluateCommand.standardInput(in(HEADER + "\n\n{\"id\": \"a\", \"fee\": \"1.00\"}\n{\"id\": \n"));
        assertFalse(source.wholeFleet());
        List<ResourceMonth> seen = new ArrayList<>();
        assertThrows(InvalidInputException.class, () -> source.resources().forEach(seen::add));
        assertEquals(List.of("a"), seen.stream().map(ResourceMonth::id).toList());
    }

    @Test
    void aMonthFileIsReadWhole() throws IOException {
        String month = "{\n  \"product\": \"cvm\", \"site\": \"cn\", \"month\": \"2024-04\", \"currency\": \"CNY\",\n"
                + "  \"resources\": [{\"id\": \"a\", \"fee\": \"1.00\"}, {\"id\": \"b\", \"fee\": \"2.00\"}]\n}\n";
        Inputs.Source source = EvaluateCommand.standardInput(in(month));
        assertTrue(source.wholeFleet());
        List<ResourceMonth> seen = new ArrayList<>();
        source.resources().forEach(seen::add);
        assertEquals(2, seen.size());
    }

    @Test
    void aHeaderAloneIsAMonthFileWithoutResources() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvaluateCommand.standardInput(in(HEADER + "\n")));
        assertTrue(e.getMessage().contains("resources"), e.getMessage());
    }
}
