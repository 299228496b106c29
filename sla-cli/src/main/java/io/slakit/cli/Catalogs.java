package io.slakit.cli;

import io.slakit.core.catalog.SlaCatalog;

/** The catalogue the CLI uses: every family on the class path, loaded once. */
final class Catalogs {
    private static SlaCatalog catalog;

    private Catalogs() {
    }

    static synchronized SlaCatalog get() {
        if (catalog == null) {
            catalog = SlaCatalog.load(Catalogs.class.getClassLoader());
        }
        return catalog;
    }
}
