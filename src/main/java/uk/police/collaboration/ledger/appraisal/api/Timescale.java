package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;

/**
 * How long an option would take, e.g. "18-24 months from January 2018": minMonths 18, maxMonths 24,
 * from 2018-01-01. Every part may be unknown.
 */
public record Timescale(
        @PositiveOrZero @Max(1200) Integer minMonths,
        @PositiveOrZero @Max(1200) Integer maxMonths,
        LocalDate from) {
}
