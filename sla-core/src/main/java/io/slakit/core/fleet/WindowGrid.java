package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.WindowKernel;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.InputErrors;

/**
 * Where a window sample's start falls in a plan's month: window {@code k} starts {@code k} window
 * lengths after the month's first instant, as the compiled {@link WindowKernel} counts them.
 */
final class WindowGrid {
    static final int NOT_ALIGNED = -1;
    static final int OUTSIDE_MONTH = -2;

    private final ServiceMonth month;
    /** The month's first instant in epoch nanoseconds, read on every window a CSV row places. */
    private final long monthStartNanos;
    private final long windowNanos;
    private final int windowsPerMonth;

    WindowGrid(ServiceMonth month, WindowKernel kernel) {
        this.month = month;
        this.monthStartNanos = TimeSet.nanos(month.start());
        this.windowNanos = kernel.windowNanos();
        this.windowsPerMonth = kernel.windowsPerMonth();
    }

    /** The slot a sample starting at {@code startNanos} fills, or {@link #NOT_ALIGNED} / {@link #OUTSIDE_MONTH}; no allocation. */
    int slot(long startNanos) {
        long offset = startNanos - monthStartNanos;
        if (Math.floorMod(offset, windowNanos) != 0) {
            return NOT_ALIGNED;
        }
        long index = Math.floorDiv(offset, windowNanos);
        return index < 0 || index >= windowsPerMonth ? OUTSIDE_MONTH : (int) index;
    }

    /** The bad input a negative {@link #slot} stands for, on {@code field} showing {@code shown}. */
    InvalidInputException error(int slot, String field, Object shown) {
        return slot == NOT_ALIGNED ? InputErrors.windowNotAligned(field, shown, windowNanos / 60_000_000_000L, month)
                : InputErrors.windowOutsideMonth(field, shown, month);
    }
}
