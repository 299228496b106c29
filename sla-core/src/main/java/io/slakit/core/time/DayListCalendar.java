package io.slakit.core.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A business calendar written as a list of days: Monday to Friday are business days unless listed
 * {@code off}; Saturdays and Sundays are not unless listed {@code work}. It knows only the years it
 * declares; any other year is a {@link DateOutsideCalendarException}.
 *
 * <p>The text format, one entry a line ({@code #} at the start of a line makes it a comment):
 * <pre>
 * name mainland China, State Council holiday notices 2020-2026
 * year 2024 国办发明电〔2023〕7号 ...            the year is known; the rest of the line is its source
 * off  2024-05-01..2024-05-05 劳动节           a day, or a range of days, off (the rest is a label)
 * work 2024-05-11 劳动节 调休                   a Saturday or Sunday worked
 * </pre>
 * Every day listed must fall in a declared year, no day may be listed twice, and {@code work}
 * takes only Saturdays and Sundays. The shipped mainland schedule ({@link #mainlandChina()}) is
 * written in the same format.
 */
public final class DayListCalendar implements BusinessCalendar {
    private static final String MAINLAND_RESOURCE = "cn-mainland.days";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String name;
    private final SortedMap<Integer, String> years;
    private final SortedMap<LocalDate, String> off;
    private final SortedMap<LocalDate, String> work;

    private DayListCalendar(String name, SortedMap<Integer, String> years, SortedMap<LocalDate, String> off,
                            SortedMap<LocalDate, String> work) {
        this.name = name;
        this.years = Collections.unmodifiableSortedMap(years);
        this.off = Collections.unmodifiableSortedMap(off);
        this.work = Collections.unmodifiableSortedMap(work);
    }

    private static final class Mainland {
        static final DayListCalendar CALENDAR = load();

        private static DayListCalendar load() {
            try (InputStream in = DayListCalendar.class.getResourceAsStream(MAINLAND_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the mainland calendar " + MAINLAND_RESOURCE + " is missing from sla-core");
                }
                return parse(MAINLAND_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Mainland China, 2020-2026, from the State Council's notices (sla-core's {@code cn-mainland.days}). */
    public static DayListCalendar mainlandChina() {
        return Mainland.CALENDAR;
    }

    /**
     * Reads a calendar file (UTF-8). Without a {@code name} line it is called {@code calendar FILE}.
     *
     * @throws CalendarFileException naming the line when the file does not read
     */
    public static DayListCalendar read(Path file) {
        Objects.requireNonNull(file, "file");
        String shown = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CalendarFileException(shown, 0, shown, "does not exist");
        } catch (IOException e) {
            throw new CalendarFileException(shown, 0, shown, "cannot be read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CalendarFileException(shown, 0, shown, "is not UTF-8 text");
        }
        return parse(shown, text, "calendar " + file.getFileName());
    }

    /**
     * Reads calendar text; {@code file} names it in errors.
     *
     * @param defaultName the name when the text has no {@code name} line (null: the line is required)
     * @throws CalendarFileException naming the line when the text does not read
     */
    public static DayListCalendar parse(String file, String text, String defaultName) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        String name = null;
        SortedMap<Integer, String> years = new TreeMap<>();
        SortedMap<LocalDate, String> off = new TreeMap<>();
        SortedMap<LocalDate, String> work = new TreeMap<>();
        Map<LocalDate, Integer> listedOn = new HashMap<>();
        record Pending(int line, String token, LocalDate day) {
        }
        java.util.List<Pending> days = new java.util.ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            String keyword = parts[0];
            String argument = parts.length > 1 ? parts[1] : null;
            String rest = parts.length > 2 ? parts[2].strip() : "";
            switch (keyword) {
                case "name" -> {
                    if (argument == null) {
                        throw new CalendarFileException(file, lineNo, line, "names no calendar (expected \"name TEXT\")");
                    }
                    if (name != null) {
                        throw new CalendarFileException(file, lineNo, line, "is a second \"name\" line; a calendar has one name");
                    }
                    name = line.substring("name".length()).strip();
                }
                case "year" -> {
                    if (argument == null || !YEAR.matcher(argument).matches()) {
                        throw new CalendarFileException(file, lineNo, argument == null ? line : argument,
                                "is not a year (expected \"year YYYY [source]\")");
                    }
                    int year = Integer.parseInt(argument);
                    if (years.containsKey(year)) {
                        throw new CalendarFileException(file, lineNo, argument, "is declared twice");
                    }
                    years.put(year, rest);
                }
                case "off", "work" -> {
                    if (argument == null) {
                        throw new CalendarFileException(file, lineNo, line, "gives no date (expected \"" + keyword
                                + " YYYY-MM-DD[..YYYY-MM-DD] [label]\")");
                    }
                    boolean isOff = keyword.equals("off");
                    int dots = argument.indexOf("..");
                    LocalDate from = date(file, lineNo, dots < 0 ? argument : argument.substring(0, dots));
                    LocalDate to = dots < 0 ? from : date(file, lineNo, argument.substring(dots + 2));
                    if (to.isBefore(from)) {
                        throw new CalendarFileException(file, lineNo, argument, "ends before it starts");
                    }
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        Integer earlier = listedOn.putIfAbsent(day, lineNo);
                        if (earlier != null) {
                            throw new CalendarFileException(file, lineNo, day, "is already listed on line " + earlier);
                        }
                        if (!isOff && !isWeekend(day)) {
                            throw new CalendarFileException(file, lineNo, day, "is a " + title(day.getDayOfWeek())
                                    + ": \"work\" marks a Saturday or Sunday worked (Monday to Friday are worked unless \"off\")");
                        }
                        (isOff ? off : work).put(day, rest);
                        days.add(new Pending(lineNo, argument, day));
                    }
                }
                default -> throw new CalendarFileException(file, lineNo, keyword,
                        "is not an entry (expected name, year, off or work; # starts a comment)");
            }
        }
        if (years.isEmpty()) {
            throw new CalendarFileException(file, 0, file, "declares no year: add a \"year YYYY\" line for each year it covers");
        }
        for (Pending p : days) {
            if (!years.containsKey(p.day().getYear())) {
                throw new CalendarFileException(file, p.line(), p.day(), "is in " + p.day().getYear()
                        + ", which has no \"year " + p.day().getYear() + "\" line");
            }
        }
        if (name == null) {
            if (defaultName == null) {
                throw new CalendarFileException(file, 0, file, "has no \"name\" line");
            }
            name = defaultName;
        }
        return new DayListCalendar(name, new TreeMap<>(years), off, work);
    }

    private static LocalDate date(String file, int line, String token) {
        if (DATE.matcher(token).matches()) {
            try {
                return LocalDate.parse(token);
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        throw new CalendarFileException(file, line, token, "is not a date like 2024-05-01 (or a range 2024-05-01..2024-05-05)");
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String title(DayOfWeek d) {
        String s = d.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public boolean isBusinessDay(LocalDate day) {
        if (!years.containsKey(day.getYear())) {
            throw new DateOutsideCalendarException(day, name, knownYears());
        }
        if (off.containsKey(day)) {
            return false;
        }
        return work.containsKey(day) || !isWeekend(day);
    }

    @Override
    public String name() {
        return name;
    }

    /** The years the calendar knows, each with the source its file gives. */
    public SortedMap<Integer, String> years() {
        return years;
    }

    /** The source the file gives for {@code year}, if it knows the year. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Every day listed off, with its label. */
    public SortedMap<LocalDate, String> daysOff() {
        return off;
    }

    /** Every Saturday or Sunday listed worked, with its label. */
    public SortedMap<LocalDate, String> daysWorked() {
        return work;
    }

    /** The known years as ranges: {@code 2020-2026}, {@code 2024, 2026}. */
    public String knownYears() {
        StringBuilder out = new StringBuilder();
        SortedSet<Integer> all = new TreeSet<>(years.keySet());
        Integer start = null;
        Integer previous = null;
        for (int year : all) {
            if (start == null) {
                start = year;
            } else if (year != previous + 1) {
                append(out, start, previous);
                start = year;
            }
            previous = year;
        }
        append(out, start, previous);
        return out.toString();
    }

    private static void append(StringBuilder out, int from, int to) {
        if (out.length() > 0) {
            out.append(", ");
        }
        out.append(from == to ? String.valueOf(from) : from + "-" + to);
    }

    @Override
    public String toString() {
        return name;
    }
}
