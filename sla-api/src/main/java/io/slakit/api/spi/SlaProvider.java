package io.slakit.api.spi;

import io.slakit.api.Family;
import io.slakit.api.SlaDefinition;

import java.util.List;

/**
 * A product family's entry point, found through {@link java.util.ServiceLoader}. Register an
 * implementation both in {@code META-INF/services/io.slakit.api.spi.SlaProvider} and in
 * {@code module-info.java} ({@code provides io.slakit.api.spi.SlaProvider with ...}).
 *
 * <p>Constructors must be cheap and do no I/O; {@link #definitions()} may build the definitions on
 * each call or once.
 */
public interface SlaProvider {

    /** The family every definition of this provider belongs to. */
    Family family();

    /** Every SLA this provider knows, every site and version. */
    List<SlaDefinition> definitions();
}
