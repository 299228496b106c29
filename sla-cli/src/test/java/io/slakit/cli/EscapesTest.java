package io.slakit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.slakit.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Untrusted text in reports (issue 26): one escaping function per format, and each report uses it. */
class EscapesTest {
    @TempDir
    Path dir;

    @Test
    void textMakesControlCharactersAndTerminalEscapesVisible() {
        assertEquals("ins-1", Escapes.text("ins-1"));
        assertEquals("a\\u001b[31mred", Escapes.text("a\u001b[31mred"));
        assertEquals("line\\u000anext\\u000d", Escapes.text("line\nnext\r"));
        assertEquals("bell\\u0007 del\\u007f c1\\u009b", Escapes.text("bell\u0007 del\u007f c1\u009b"));
        // A right-to-left override would show "exe.txt" as "txt.exe".
        assertEquals("x\\u202etxt.exe", Escapes.text("x\u202etxt.exe"));
        // A backslash is doubled, so a literal "\u001b" in an id is told from an escape.
        assertEquals("a\\\\u001b", Escapes.text("a\\u001b"));
        assertEquals("云服务器 é", Escapes.text("云服务器 é"));
    }

    @Test
    void markdownKeepsAnIdInItsCell() {
        assertEquals("a\\|b", Escapes.markdown("a|b"));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", Escapes.markdown("<img src=x onerror=alert(1)>"));
        assertEquals("\\[click\\](http://x) \\*b\\* \\_i\\_ \\`c\\` a&amp;b", Escapes.markdown("[click](http://x) *b* _i_ `c` a&b"));
        assertEquals("row\\u000a\\| x \\|", Escapes.markdown("row\n| x |"));
        assertEquals("ins-web-1", Escapes.markdown("ins-web-1"));
    }

    @Test
    void htmlEscapesTheFiveCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;", Escapes.html("<script>alert(\"x\")</script> & 'q'"));
        assertEquals("ins-1", Escapes.html("ins-1"));
        assertEquals(Escapes.html("<a href='x'>"), HtmlReportWriter.esc("<a href='x'>"));
    }

    @Test
    void csvQuotesAndDisarmsFormulas() {
        assertEquals("ins-1", Escapes.csv("ins-1"));
        assertEquals("\"a,b\"", Escapes.csv("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Escapes.csv("say \"hi\""));
        assertEquals("\"two\nlines\"", Escapes.csv("two\nlines"));
        assertEquals("'=HYPERLINK(\"http://x\")".replace("\"", "\"\""), Escapes.csv("=HYPERLINK(\"http://x\")").substring(1,
                Escapes.csv("=HYPERLINK(\"http://x\")").length() - 1));
        assertEquals("'+1", Escapes.csv("+1"));
        assertEquals("'-2", Escapes.csv("-2"));
        assertEquals("'@SUM(A1)", Escapes.csv("@SUM(A1)"));
        assertEquals("\"'=1,2\"", Escapes.csv("=1,2"));
    }

    private static final String HOSTILE = "a|b\\u001b[2J<b>\\n=1+1";

    private Path month() throws IOException {
        Path file = dir.resolve("m.json");
        Files.writeString(file, "{\"product\": \"cvm\", \"month\": \"2024-04\", \"resources\": [{\"id\": \"" + HOSTILE + "\", \"fee\": \"100.00\"}]}");
        return file;
    }

    @Test
    void everyReportEscapesAHostileId() throws IOException {
        String id = "a|b\u001b[2J<b>\n=1+1";
        MainTest.Run table = run("evaluate", month().toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("a|b\\u001b[2J<b>\\u000a=1+1 "), table.out());
        assertFalse(table.out().contains("\u001b"), table.out());

        MainTest.Run markdown = run("evaluate", month().toString(), "--format", "markdown");
        assertTrue(markdown.out().contains("| a\\|b\\u001b\\[2J&lt;b&gt;\\u000a=1+1 | 100.00 |"), markdown.out());

        MainTest.Run html = run("evaluate", month().toString(), "--format", "html");
        assertTrue(html.out().contains("a|b\u001b[2J&lt;b&gt;\n=1+1"), html.out());
        assertFalse(html.out().contains("2J<b>"), html.out()); // the id raw; the page's own figcaptions use <b>

        MainTest.Run csv = run("evaluate", month().toString(), "--format", "csv");
        assertTrue(csv.out().contains("\n\"a|b\u001b[2J<b>\n=1+1\",100.00,"), csv.out());

        MainTest.Run json = run("evaluate", month().toString(), "--format", "json");
        var parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals(id, parsed.get("resources").get(0).get("id").asText());
        assertFalse(json.out().contains("\u001b"), json.out());
    }

    @Test
    void theFleetPathsCsvDisarmsAFormulaId() throws IOException {
        Path resources = dir.resolve("resources.csv");
        Files.writeString(resources, "id,fee\n=cmd|' /C calc'!A0,100.00\n");
        Files.writeString(dir.resolve("incidents.csv"), "resource,start,end\n");
        MainTest.Run r = run("evaluate", resources.toString(), "--product", "cvm", "--month", "2024-04", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n'=cmd|' /C calc'!A0,100.00,0.00,"), r.out());
    }
}
