package io.slakit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The example's HTML report as a person sees it, in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them with {@code fonts-noto-cjk}). The driver and
 * the browser are named explicitly, so Selenium Manager never downloads anything. Skipped, saying
 * what is missing, only where no browser is installed.
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static JsonNode json;

    @BeforeAll
    static void open() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no browser to render the HTML report in: "
                + (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " (Debian package chromium) ")
                + (Files.isExecutable(CHROMEDRIVER) ? "" : CHROMEDRIVER + " (Debian package chromium-driver) ") + "not installed");
        Clock previous = ReportClock.set(HtmlReportTest.MAY_20);
        Path page = dir.resolve("example.html");
        try {
            MainTest.Run html = MainTest.run("evaluate", "--example", "--format", "html");
            assertEquals(Main.OK, html.code(), html.err());
            Files.writeString(page, html.out(), StandardCharsets.UTF_8);
            json = new ObjectMapper().readTree(MainTest.run("evaluate", "--example", "--format", "json").out());
        } finally {
            ReportClock.set(previous);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        browser = new ChromeDriver(service, options);
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void noElementOverflowsItsBox() {
        List<String> overflowing = js("const out = [];"
                + "for (const e of document.querySelectorAll('body *')) {"
                + "  if (!(e instanceof HTMLElement) || e.clientWidth === 0) continue;"
                + "  if (e.scrollWidth > e.clientWidth + 1) out.push(e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth);"
                + "}"
                + "if (document.documentElement.scrollWidth > window.innerWidth) out.push('page ' + document.documentElement.scrollWidth);"
                + "return out;");
        assertEquals(List.of(), overflowing);
    }

    @Test
    void everyChartsLabelsAreInsideIt() {
        List<String> outside = js("const out = []; let charts = 0;"
                + "for (const svg of document.querySelectorAll('svg')) {"
                + "  charts++; const box = svg.getBoundingClientRect();"
                + "  for (const t of svg.querySelectorAll('text')) {"
                + "    const r = t.getBoundingClientRect();"
                + "    if (r.width === 0) out.push('empty label ' + t.textContent);"
                + "    if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)"
                + "      out.push(t.textContent + ' ' + JSON.stringify(r) + ' outside ' + JSON.stringify(box));"
                + "  }"
                + "}"
                + "if (charts < 7) out.push('only ' + charts + ' charts');"
                + "return out;");
        assertEquals(List.of(), outside);
    }

    /**
     * Method: DevTools' {@code CSS.getPlatformFontsForNode} names the fonts Chromium actually drew a
     * node's glyphs with. The product's Chinese name must be drawn wholly in a CJK font (Noto Sans CJK
     * from fonts-noto-cjk), not in tofu boxes from a Latin font's fallback.
     */
    @Test
    void theChineseNamesRenderWithACjkFont() {
        WebElement name = browser.findElement(By.cssSelector("h1 span[lang=zh]"));
        assertEquals("云服务器", name.getText());
        browser.executeCdpCommand("DOM.enable", Map.of());
        browser.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = browser.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<?, ?>) document.get("root")).get("nodeId");
        Map<String, Object> found = browser.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", "h1 span[lang=zh]"));
        Map<String, Object> fonts = browser.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", found.get("nodeId")));
        List<?> used = (List<?>) fonts.get("fonts");
        List<String> families = new ArrayList<>();
        long glyphs = 0;
        for (Object f : used) {
            Map<?, ?> font = (Map<?, ?>) f;
            families.add(String.valueOf(font.get("familyName")));
            glyphs += ((Number) font.get("glyphCount")).longValue();
        }
        assertEquals(4, glyphs, "glyphs drawn: " + used);
        assertTrue(families.stream().allMatch(f -> f.contains("CJK")), "the Chinese name is drawn with " + families);
        // and it takes room: four glyphs of a CJK font at the heading's size are each about one em wide
        double width = ((Number) js("return arguments[0].getBoundingClientRect().width;", name)).doubleValue();
        double em = Double.parseDouble(((String) js("return getComputedStyle(arguments[0]).fontSize;", name)).replace("px", ""));
        assertTrue(width > 3.5 * em && width < 4.5 * em, width + " px for 4 glyphs at " + em + " px");
    }

    @Test
    void theNumbersShownAreTheJsonReports() {
        assertEquals(json.get("totalCredit").asText() + " CNY", browser.findElement(By.cssSelector("#summary strong.total")).getText());
        for (JsonNode resource : json.get("resources")) {
            String id = resource.get("id").asText();
            WebElement section = browser.findElement(By.id("r-" + id));
            assertEquals(resource.get("credit").asText(), section.findElement(By.cssSelector("strong.credit")).getText(), id);
            for (JsonNode metric : resource.get("metrics")) {
                WebElement row = section.findElement(By.cssSelector("table.metrics tr[data-metric='" + metric.get("metric").asText() + "']"));
                List<WebElement> cells = row.findElements(By.tagName("td"));
                String what = id + " " + metric.get("metric").asText();
                assertEquals(metric.get("availability").asText() + "%", cells.get(1).getText(), what);
                assertEquals(metric.get("unavailableMinutes").isNull() ? "-" : metric.get("unavailableMinutes").asText(), cells.get(3).getText(), what);
                assertEquals(metric.get("credit").asText(), cells.get(8).getText(), what);
                if (!metric.get("unavailableMinutes").isNull()) {
                    // the chart's last point is the same figure
                    List<WebElement> points = section.findElements(By.cssSelector("figure.chart[data-metric='" + metric.get("metric").asText()
                            + "'] circle.point"));
                    assertFalse(points.isEmpty(), what);
                    assertEquals(metric.get("unavailableMinutes").asText(), points.get(points.size() - 1).getAttribute("data-value"), what);
                }
            }
        }
    }
}
