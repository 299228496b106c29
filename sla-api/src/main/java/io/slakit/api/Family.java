package io.slakit.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A product family: the module a product lives in. Open-ended (more families come later), so a
 * value type rather than an enum.
 */
public record Family(String id) implements Comparable<Family> {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*");

    public static final Family COMPUTE = new Family("compute");
    public static final Family DATABASE = new Family("database");
    public static final Family NETWORK = new Family("network");
    public static final Family MEDIA = new Family("media");
    public static final Family STORAGE = new Family("storage");
    public static final Family MIDDLEWARE = new Family("middleware");
    public static final Family SECURITY = new Family("security");
    public static final Family BIGDATA = new Family("bigdata");
    public static final Family AI = new Family("ai");
    public static final Family OBSERVABILITY = new Family("observability");
    public static final Family COMMUNICATION = new Family("communication");
    public static final Family SAAS = new Family("saas");
    public static final Family INDUSTRY = new Family("industry");

    public Family {
        Objects.requireNonNull(id, "id");
        if (!SHAPE.matcher(id).matches()) {
            throw new InvalidInputException("family", id, "is not a family id (lowercase letters, digits, '-')");
        }
    }

    public static Family of(String id) {
        return new Family(id);
    }

    @Override
    public int compareTo(Family other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
