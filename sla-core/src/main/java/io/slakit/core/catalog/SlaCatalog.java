package io.slakit.core.catalog;

import io.slakit.api.Family;
import io.slakit.api.ProductId;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.spi.SlaProvider;

import java.net.URL;
import java.security.CodeSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every SLA definition the class path (or module path) provides, found through
 * {@link ServiceLoader}. Loading is strict: every broken provider and every duplicate key
 * (product, site, effective date) is reported together, naming the providers and their jars;
 * nothing is silently dropped or overridden.
 */
public final class SlaCatalog {
    private final Map<String, List<SlaDefinition>> versionsByProductSite; // key "cvm@cn", sorted by effective date
    private final List<SlaDefinition> all;
    private final List<SlaProvider> providers;

    private SlaCatalog(List<SlaProvider> providers, List<SlaDefinition> all, Map<String, List<SlaDefinition>> versions) {
        this.providers = List.copyOf(providers);
        this.all = List.copyOf(all);
        this.versionsByProductSite = versions;
    }

    /** The providers visible to this module's class loader (or the context class loader, if it sees more). */
    public static SlaCatalog load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : SlaCatalog.class.getClassLoader());
    }

    /** The providers {@code loader} can see. */
    public static SlaCatalog load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        List<String> problems = new ArrayList<>();
        List<SlaProvider> found = new ArrayList<>();
        Iterator<SlaProvider> it = ServiceLoader.load(SlaProvider.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                problems.add("broken provider: " + e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
            }
        }
        return build(found, problems);
    }

    /** A catalogue of exactly these providers (tests, embedding). */
    public static SlaCatalog of(List<? extends SlaProvider> providers) {
        return build(new ArrayList<>(providers), new ArrayList<>());
    }

    private static SlaCatalog build(List<SlaProvider> providers, List<String> problems) {
        Map<String, SlaDefinition> byKey = new TreeMap<>();
        Map<String, SlaProvider> ownerByKey = new LinkedHashMap<>();
        providers.sort(Comparator.comparing(p -> p.getClass().getName()));
        for (SlaProvider provider : providers) {
            List<SlaDefinition> definitions;
            try {
                definitions = List.copyOf(provider.definitions());
            } catch (RuntimeException | LinkageError e) {
                problems.add("provider " + describe(provider) + " failed to list its definitions: " + e);
                continue;
            }
            for (SlaDefinition definition : definitions) {
                if (!definition.family().equals(provider.family())) {
                    problems.add("provider " + describe(provider) + " (family " + provider.family() + ") lists "
                            + definition.key() + " of family " + definition.family());
                }
                SlaProvider owner = ownerByKey.putIfAbsent(definition.key(), provider);
                if (owner != null) {
                    problems.add("duplicate definition " + definition.key() + ": from " + describe(owner) + " and from " + describe(provider));
                    continue;
                }
                byKey.put(definition.key(), definition);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        Map<String, List<SlaDefinition>> versions = new TreeMap<>();
        for (SlaDefinition definition : byKey.values()) {
            versions.computeIfAbsent(definition.product() + "@" + definition.site(), k -> new ArrayList<>()).add(definition);
        }
        versions.values().forEach(list -> list.sort(Comparator.comparing(d -> d.provenance().effective())));
        List<SlaDefinition> all = new ArrayList<>(byKey.values());
        all.sort(Comparator.comparing((SlaDefinition d) -> d.product()).thenComparing(SlaDefinition::site)
                .thenComparing(d -> d.provenance().effective()));
        return new SlaCatalog(providers, all, versions);
    }

    private static String describe(SlaProvider provider) {
        return provider.getClass().getName() + " in " + location(provider.getClass());
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? "an unknown location" : url.toString();
    }

    /** Every definition, every site and version, ordered by product, site and effective date. */
    public List<SlaDefinition> definitions() {
        return all;
    }

    public List<SlaProvider> providers() {
        return providers;
    }

    /** Every product id with at least one definition. */
    public List<ProductId> products() {
        return new ArrayList<>(new TreeSet<>(all.stream().map(SlaDefinition::product).toList()));
    }

    public List<Family> families() {
        return new ArrayList<>(new TreeSet<>(all.stream().map(SlaDefinition::family).toList()));
    }

    /** Every version of a product on a site, oldest first; empty if unknown. */
    public List<SlaDefinition> versions(ProductId product, Site site) {
        return versionsByProductSite.getOrDefault(product + "@" + site, List.of());
    }

    /** The version in force on {@code day}, as {@link #resolve(String, Site, LocalDate)} picks it. */
    public SlaDefinition find(String product, Site site, LocalDate day) {
        return resolve(product, site, day).definition();
    }

    /** The version in force for {@code month} (on its first day). */
    public Resolution resolve(String product, Site site, YearMonth month) {
        return resolve(product, site, month.atDay(1));
    }

    /**
     * The version in force on {@code day}: the latest whose effective date is on or before it. A
     * day before the earliest known version is evaluated under that version, with a warning.
     *
     * @throws UnknownProductException when the product (or the product on that site) is unknown
     */
    public Resolution resolve(String product, Site site, LocalDate day) {
        ProductId id = ProductId.of(product);
        Objects.requireNonNull(site, "site");
        List<SlaDefinition> versions = versions(id, site);
        if (versions.isEmpty()) {
            List<Site> sites = all.stream().filter(d -> d.product().equals(id)).map(SlaDefinition::site).distinct().toList();
            if (sites.isEmpty()) {
                throw new UnknownProductException(product, "is not a known product (see `slakit products`; "
                        + products().size() + " products from families " + families() + ")");
            }
            throw new UnknownProductException(product, "has no SLA on site " + site + " (it has one on " + sites + ")");
        }
        SlaDefinition chosen = null;
        for (SlaDefinition version : versions) {
            if (!version.provenance().effective().isAfter(day)) {
                chosen = version;
            }
        }
        if (chosen == null) {
            SlaDefinition earliest = versions.get(0);
            return new Resolution(earliest, List.of(day + " is before the earliest known version of " + id + " on " + site
                    + " (effective " + earliest.provenance().effective() + "); evaluated under that version."));
        }
        return new Resolution(chosen, List.of());
    }

    /** The newest version of a product on a site, whatever its effective date. */
    public Optional<SlaDefinition> latest(String product, Site site) {
        List<SlaDefinition> versions = versions(ProductId.of(product), site);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
