package io.slakit.cli;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap's true peak: heap use only grows between collections, so the largest total just before
 * a collection (or now) is the peak. (Summing each pool's own peak overstates it: the pools peak at
 * different times.)
 */
final class HeapPeak implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final List<Runnable> removals = new ArrayList<>();

    HeapPeak() {
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long before = 0;
                for (MemoryUsage usage : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
                    before += usage.getUsed();
                }
                // Non-heap pools (metaspace, code cache) are in the map too; subtract their current use.
                before -= nonHeapUsed();
                peak.accumulateAndGet(before, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                removals.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }

    private static long nonHeapUsed() {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** The peak so far, in bytes. */
    long peakBytes() {
        return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
        removals.forEach(Runnable::run);
    }
}
