package io.slakit.core.rules;

import io.slakit.core.interval.TimeSet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Set algebra over the time sets of incident signals, for composite unavailability: "the API fails
 * AND the console is unavailable" is {@code all(signal("api"), signal("console"))}; two triggers
 * counted once where they overlap is {@code any(...)}; "for at least 10 minutes" is
 * {@code lastingAtLeast(Duration.ofMinutes(10), ...)}, which keeps only the runs of that length.
 */
public sealed interface Signals {

    /** The time set this expression stands for, given each signal's time set (absent signals are empty). */
    TimeSet evaluate(Map<String, TimeSet> bySignal);

    /** The signal names this expression reads. */
    Set<String> names();

    /** The expression in words. */
    String describe();

    /** The time of incidents on {@code name}. */
    static Signals signal(String name) {
        return new Signal(name);
    }

    /** Intersection: time when every operand is down. */
    static Signals all(Signals... operands) {
        return new All(List.of(operands));
    }

    /** Union, counted once: time when any operand is down. */
    static Signals any(Signals... operands) {
        return new Any(List.of(operands));
    }

    /** The runs of {@code operand} lasting {@code minimum} or longer (a run exactly that long counts); shorter runs are dropped. */
    static Signals lastingAtLeast(Duration minimum, Signals operand) {
        return new AtLeast(minimum, operand);
    }

    record Signal(String name) implements Signals {
        public Signal {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("signal \"" + name + "\" is not an id (lowercase letters, digits, '-')");
            }
        }

        @Override
        public TimeSet evaluate(Map<String, TimeSet> bySignal) {
            return bySignal.getOrDefault(name, TimeSet.empty());
        }

        @Override
        public Set<String> names() {
            return Set.of(name);
        }

        @Override
        public String describe() {
            return name + " down";
        }
    }

    record All(List<Signals> operands) implements Signals {
        public All {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("all(...) needs at least two operands");
            }
        }

        @Override
        public TimeSet evaluate(Map<String, TimeSet> bySignal) {
            TimeSet out = operands.get(0).evaluate(bySignal);
            for (int i = 1; i < operands.size(); i++) {
                out = out.intersect(operands.get(i).evaluate(bySignal));
            }
            return out;
        }

        @Override
        public Set<String> names() {
            return operands.stream().flatMap(o -> o.names().stream()).collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public String describe() {
            return "(" + operands.stream().map(Signals::describe).collect(Collectors.joining(" AND ")) + ")";
        }
    }

    record Any(List<Signals> operands) implements Signals {
        public Any {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("any(...) needs at least two operands");
            }
        }

        @Override
        public TimeSet evaluate(Map<String, TimeSet> bySignal) {
            TimeSet out = TimeSet.empty();
            for (Signals operand : operands) {
                out = out.union(operand.evaluate(bySignal));
            }
            return out;
        }

        @Override
        public Set<String> names() {
            return operands.stream().flatMap(o -> o.names().stream()).collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public String describe() {
            return "(" + operands.stream().map(Signals::describe).collect(Collectors.joining(" OR ")) + ", overlaps counted once)";
        }
    }

    record AtLeast(Duration minimum, Signals operand) implements Signals {
        public AtLeast {
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(operand, "operand");
            if (minimum.isNegative() || minimum.isZero()) {
                throw new IllegalArgumentException("a minimum run length must be above zero, was " + minimum);
            }
        }

        @Override
        public TimeSet evaluate(Map<String, TimeSet> bySignal) {
            TimeSet set = operand.evaluate(bySignal);
            long min = minimum.toNanos();
            long[] s = new long[set.size()];
            long[] e = new long[set.size()];
            int n = 0;
            for (int i = 0; i < set.size(); i++) {
                if (set.end(i) - set.start(i) >= min) {
                    s[n] = set.start(i);
                    e[n++] = set.end(i);
                }
            }
            return TimeSet.union(s, e, n);
        }

        @Override
        public Set<String> names() {
            return operand.names();
        }

        @Override
        public String describe() {
            return operand.describe() + " in runs of at least " + TimeSet.minutes(minimum.toNanos()).toPlainString() + " minutes";
        }
    }
}
