package io.slakit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.slakit.api.spi.CreditRule;
import io.slakit.api.spi.Measured;
import io.slakit.api.spi.Measurement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.5 / 26: every public constructor and static factory of sla-api, called with one null
 * reference argument at a time (the others valid), throws a {@link NullPointerException} whose
 * message is the parameter's name. sla-api compiles with {@code -parameters}, so the names are read
 * by reflection.
 */
class ApiNullSweepTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    /** One valid value per parameter type; containers are passed empty. */
    private static final Map<Class<?>, Supplier<Object>> SAMPLES = Map.ofEntries(
            Map.entry(String.class, () -> "x"),
            Map.entry(Object.class, () -> "x"),
            Map.entry(BigDecimal.class, () -> new BigDecimal("1")),
            Map.entry(Instant.class, () -> START),
            Map.entry(LocalDate.class, () -> LocalDate.of(2026, 3, 1)),
            Map.entry(LocalDateTime.class, () -> LocalDateTime.of(2026, 3, 1, 0, 0)),
            Map.entry(YearMonth.class, () -> YearMonth.of(2026, 3)),
            Map.entry(ZoneId.class, () -> ZoneId.of("Asia/Shanghai")),
            Map.entry(ZonedDateTime.class, () -> ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"))),
            Map.entry(Currency.class, () -> CNY),
            Map.entry(Optional.class, Optional::empty),
            Map.entry(List.class, List::of),
            Map.entry(Collection.class, List::of),
            Map.entry(Set.class, Set::of),
            Map.entry(Map.class, Map::of),
            Map.entry(Money.class, () -> Money.of("100.00", "CNY")),
            Map.entry(Percent.class, () -> Percent.of("99.9")),
            Map.entry(Band.class, () -> Band.parse("[99,99.9)")),
            Map.entry(ProductId.class, () -> ProductId.of("cvm")),
            Map.entry(Site.class, () -> Site.values()[0]),
            Map.entry(Family.class, () -> Family.of("compute")),
            Map.entry(SeedRef.class, () -> SeedRef.of("002", 1)),
            Map.entry(Attribution.class, Attribution::provider),
            Map.entry(CreditUnit.class, () -> new CreditUnit("x", "x")),
            Map.entry(UsageCredit.class, () -> UsageCredit.zero(new CreditUnit("x", "x"))),
            Map.entry(ServiceMonth.class, () -> ServiceMonth.calendar(YearMonth.of(2026, 3), ZoneId.of("Asia/Shanghai"))),
            Map.entry(ResourceMonth.class, () -> ResourceMonth.builder("r", Money.of("100.00", "CNY")).build()),
            Map.entry(Measured.class, () -> new Measured(new BigDecimal("44640"), Optional.empty(), Map.of(),
                    Availability.ofPercent(new BigDecimal("100")), "x")),
            Map.entry(Availability.class, () -> Availability.ofPercent(new BigDecimal("100"))),
            Map.entry(Provenance.class, () -> new Provenance("002_x.txt", "x", SeedRef.of("002", 1), LocalDateTime.of(2026, 1, 1, 0, 0),
                    LocalDate.of(2026, 1, 1), "x")),
            Map.entry(MonthRule.class, () -> MonthRule.values()[0]),
            Map.entry(CombinationRule.class, () -> CombinationRule.values()[0]),
            Map.entry(CapRule.class, () -> CapRule.values()[0]),
            Map.entry(CreditForm.class, () -> CreditForm.values()[0]),
            Map.entry(Edition.class, () -> new Edition("x", "x", List.of())),
            Map.entry(ClaimPolicy.class, () -> ClaimPolicy.of(5, 60, SeedRef.of("002", 1))),
            Map.entry(LiabilityCap.class, () -> new LiabilityCap(1, SeedRef.of("002", 1))),
            Map.entry(Measurement.class, () -> stub(Measurement.class)),
            Map.entry(CreditRule.class, () -> stub(CreditRule.class)),
            Map.entry(io.slakit.api.spi.EvaluationCache.class, io.slakit.api.spi.EvaluationCache::none));

    /**
     * Arguments one executable needs in place of the type's sample, by {@code Class.member(parameter)}:
     * strings that must parse, an end after a start, a non-empty list.
     */
    private static final Map<String, Supplier<Object>> ARGUMENT_SAMPLES = Map.ofEntries(
            Map.entry("Percent.of(text)", () -> "99.9"),
            Map.entry("Money.of(amount)", () -> "100.00"),
            Map.entry("Money.of(currencyCode)", () -> "CNY"),
            Map.entry("Money.fee(amount)", () -> "100.00"),
            Map.entry("Money.currency(code)", () -> "CNY"),
            Map.entry("Band.parse(notation)", () -> "[99,99.9)"),
            Map.entry("CreditTier.of(band)", () -> "[99,99.9)"),
            Map.entry("CreditTier.of(credit)", () -> "10"),
            Map.entry("SeedRef.parse(text)", () -> "002:1"),
            Map.entry("SeedRef.of(seed)", () -> "002"),
            Map.entry("SeedRef.<init>(seed)", () -> "002"),
            Map.entry("Site.parse(text)", () -> "intl"),
            Map.entry("ProductId.of(text)", () -> "cvm"),
            Map.entry("ProductId.<init>(value)", () -> "cvm"),
            Map.entry("Family.of(id)", () -> "compute"),
            Map.entry("Family.<init>(id)", () -> "compute"),
            Map.entry("Provenance.<init>(seedFile)", () -> "002_x.txt"),
            Map.entry("Incident.<init>(endExclusive)", () -> START.plusSeconds(3600)),
            Map.entry("Incident.of(endExclusive)", () -> START.plusSeconds(3600)),
            Map.entry("Incident.excluded(endExclusive)", () -> START.plusSeconds(3600)),
            Map.entry("ServiceMonth.<init>(endExclusive)", () -> ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"))),
            Map.entry("SlaDefinition.<init>(editions)", () -> List.of(new Edition("x", "x", List.of()))),
            Map.entry("EvaluationRequest.of(resources)", () -> List.of(ResourceMonth.builder("r", Money.of("100.00", "CNY")).build())));

    /**
     * Executables not swept, each with its reason. A key is {@code Class.member}, or
     * {@code Class.member(parameter)} for one parameter that is nullable on purpose.
     */
    private static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("InvalidInputException.<init>(value)",
                    "a null value is the exception's way of saying the field is missing (\"x is required\")"),
            Map.entry("InvalidInputException.require(value)", "checks a value for null: a null is what it reports"),
            Map.entry("Attribution.ofNullable(clauseCode)", "named for it: a null clause code means the provider's fault"));

    @Test
    void everyNullArgumentOfTheApiThrowsANullPointerExceptionNamingItsParameter() {
        List<Class<?>> classes = apiClasses();
        assertTrue(classes.size() > 40, "found only " + classes.size() + " classes under " + classesRoot());
        List<String> failures = sweep(classes);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void theSweepReportsAnUncheckedArgumentAndAWrongName() {
        List<String> failures = sweep(List.of(Unchecked.class, WrongName.class));
        assertEquals(2, failures.size(), String.join("\n", failures));
        assertTrue(failures.get(0).contains("Unchecked.<init>(name)") && failures.get(0).contains("returned normally"), failures.get(0));
        assertTrue(failures.get(1).contains("WrongName.of(name)") && failures.get(1).contains("\"text\""), failures.get(1));
    }

    /** A control: accepts a null. */
    public static final class Unchecked {
        public Unchecked(String name) {
        }
    }

    /** A control: names the wrong parameter. */
    public static final class WrongName {
        private WrongName() {
        }

        public static WrongName of(String name) {
            java.util.Objects.requireNonNull(name, "text");
            return new WrongName();
        }
    }

    private static List<String> sweep(List<Class<?>> classes) {
        List<String> failures = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Executable executable : executables(type)) {
                String key = type.getSimpleName() + "." + (executable instanceof Constructor ? "<init>" : executable.getName());
                if (EXEMPT.containsKey(key)) {
                    continue;
                }
                Object[] valid;
                try {
                    valid = samples(key, executable);
                } catch (IllegalStateException e) {
                    failures.add(key + ": " + e.getMessage());
                    continue;
                }
                Parameter[] parameters = executable.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    Parameter parameter = parameters[i];
                    if (parameter.getType().isPrimitive() || EXEMPT.containsKey(key + "(" + parameter.getName() + ")")) {
                        continue;
                    }
                    String where = key + "(" + parameter.getName() + ")";
                    if (!parameter.isNamePresent()) {
                        failures.add(where + ": no parameter names in the class file (compile with -parameters)");
                        continue;
                    }
                    Object[] arguments = valid.clone();
                    arguments[i] = null;
                    Throwable thrown = invoke(executable, arguments);
                    if (thrown == null) {
                        failures.add(where + ": returned normally for a null");
                    } else if (!(thrown instanceof NullPointerException)) {
                        failures.add(where + ": threw " + thrown);
                    } else if (!parameter.getName().equals(thrown.getMessage())) {
                        failures.add(where + ": NullPointerException says \"" + thrown.getMessage() + "\"");
                    }
                }
            }
        }
        return failures;
    }

    private static List<Executable> executables(Class<?> type) {
        List<Executable> executables = new ArrayList<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            executables.add(constructor);
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()
                    && !(type.isEnum() && (method.getName().equals("valueOf") || method.getName().equals("values")))) {
                executables.add(method);
            }
        }
        executables.sort(Comparator.comparing(Executable::toGenericString));
        return executables;
    }

    private static Object[] samples(String key, Executable executable) {
        Parameter[] parameters = executable.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            Supplier<Object> special = ARGUMENT_SAMPLES.get(key + "(" + parameters[i].getName() + ")");
            Object argument = special == null ? null : special.get();
            values[i] = type.isPrimitive() ? primitive(type) : type.isInstance(argument) ? argument : sample(type);
        }
        Throwable thrown = invoke(executable, values);
        if (thrown != null) {
            throw new IllegalStateException("the sample arguments are rejected (" + thrown + "): add a sample");
        }
        return values;
    }

    private static Object sample(Class<?> type) {
        Supplier<Object> supplier = SAMPLES.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no sample of " + type.getName() + ": add one to SAMPLES");
        }
        try {
            return supplier.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the sample of " + type.getName() + " fails: " + e, e);
        }
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return true;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        throw new IllegalStateException("no sample of " + type);
    }

    private static Throwable invoke(Executable executable, Object[] arguments) {
        try {
            if (executable instanceof Constructor<?> constructor) {
                constructor.newInstance(arguments);
            } else {
                ((Method) executable).invoke(null, arguments);
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An interface implementation whose methods return their defaults, or an empty value of their type. */
    private static <T> T stub(Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Class<?> result = method.getReturnType();
            if (method.getName().equals("toString") || result == String.class) {
                return type.getSimpleName();
            }
            if (method.getName().equals("hashCode")) {
                return 0;
            }
            if (method.getName().equals("equals")) {
                return proxy == args[0];
            }
            if (result == boolean.class) {
                return false;
            }
            return SAMPLES.containsKey(result) ? SAMPLES.get(result).get() : null;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** The public classes of sla-api, from its compiled classes directory. */
    private static List<Class<?>> apiClasses() {
        Path root = classesRoot();
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.equals("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ApiNullSweepTest.class.getClassLoader());
                if (isPublicApi(type)) {
                    classes.add(type);
                }
            }
            classes.sort(Comparator.comparing(Class::getName));
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static Path classesRoot() {
        try {
            return Path.of(Percent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
