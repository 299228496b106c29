package io.slakit.core.catalog;

import java.util.List;

/** The catalogue could not be built: broken providers or conflicting definitions, every one named. */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems loading SLA providers:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
