package app.walkaway.service;

import app.walkaway.analysis.Figures;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The figures over everything in her vault.
 *
 * @param events how many events the vault holds (imported and logged)
 * @param first the earliest
 * @param last the latest
 * @param figures the figures (only contact between the two of them counts)
 * @param reading the signals and the read-out, only with a start day
 */
public record VaultFigures(
    long events,
    LocalDateTime first,
    LocalDateTime last,
    Figures figures,
    Optional<Reading> reading) {}
