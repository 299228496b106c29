package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Money;

import java.util.Arrays;
import java.util.Currency;

/** The resource columns every batch builder grows: ids and fees in minor units. */
final class ResourceColumns {
    private final Currency currency;
    private String[] ids = new String[16];
    private long[] feeMinor = new long[16];
    private int size;

    ResourceColumns(Currency currency) {
        this.currency = currency;
    }

    /** Appends a resource and returns its index; the fee must be in whole minor units of the currency. */
    int add(String id, Money fee) {
        InvalidInputException.require(id, "id");
        InvalidInputException.require(fee, "fee");
        long minor;
        try {
            minor = Fees.minorUnits(fee, currency);
        } catch (InvalidInputException e) {
            throw e.under("resources[" + size + "]");
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            feeMinor = Arrays.copyOf(feeMinor, size * 2);
        }
        ids[size] = id;
        feeMinor[size] = minor;
        return size++;
    }

    int size() {
        return size;
    }

    Currency currency() {
        return currency;
    }

    String[] ids() {
        return Arrays.copyOf(ids, size);
    }

    long[] feesMinor() {
        return Arrays.copyOf(feeMinor, size);
    }
}
