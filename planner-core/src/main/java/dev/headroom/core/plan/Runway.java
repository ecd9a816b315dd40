package dev.headroom.core.plan;

import dev.headroom.core.model.Period;

import java.util.Optional;

/**
 * How long a pool's existing inventory lasts for one resource if nothing is bought.
 *
 * @param exhaustedAt the first planned period in which demand exceeds usable existing capacity;
 *                    empty when that does not happen within the horizon
 * @param periodsLeft planned periods before that one (the horizon when never exhausted)
 */
public record Runway(String pool, String resource, Optional<Period> exhaustedAt, int periodsLeft) {
}
