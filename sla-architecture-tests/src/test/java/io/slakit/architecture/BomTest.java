package io.slakit.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BOM lists every published module at the BOM's own version, and that version is the parent's. */
class BomTest {
    /** Modules a consumer never depends on: not in the BOM, not deployed. */
    private static final Set<String> UNPUBLISHED = Set.of("sla-bench", "sla-architecture-tests", "sla-bom");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ENTRY = Pattern.compile(
            "<dependency><groupId>io\\.slakit</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version></dependency>");
    private static final Pattern OWN_VERSION = Pattern.compile("<artifactId>(?:sla-bom|slakit-parent)</artifactId>\\s*<version>([^<]+)</version>");

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("sla-bom").resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no sla-bom/pom.xml above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyPublishedModuleIsInTheBomAtTheParentsVersion() throws IOException {
        String parent = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
        String bom = Files.readString(root().resolve("sla-bom").resolve("pom.xml"), StandardCharsets.UTF_8);
        Set<String> published = new TreeSet<>();
        Matcher modules = MODULE.matcher(parent);
        while (modules.find()) {
            if (!UNPUBLISHED.contains(modules.group(1))) {
                published.add(modules.group(1));
            }
        }
        Set<String> listed = new TreeSet<>();
        List<String> pinned = new ArrayList<>();
        Matcher entries = ENTRY.matcher(bom);
        while (entries.find()) {
            listed.add(entries.group(1));
            if (!entries.group(2).equals("${project.version}")) {
                pinned.add(entries.group(1) + " " + entries.group(2));
            }
        }
        assertTrue(published.size() >= 16, "the parent's modules were read: " + published);
        assertEquals(published, listed, "the BOM lists exactly the published modules");
        assertTrue(pinned.isEmpty(), "BOM entries follow the BOM's version: " + pinned);
        Matcher parentVersion = OWN_VERSION.matcher(parent);
        Matcher bomVersion = OWN_VERSION.matcher(bom);
        assertTrue(parentVersion.find() && bomVersion.find());
        assertEquals(parentVersion.group(1), bomVersion.group(1), "the BOM's version is the parent's");
    }
}
