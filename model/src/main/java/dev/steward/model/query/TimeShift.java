package dev.steward.model.query;

import dev.steward.model.semantic.filter.TimeGranularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a branch's rows are placed on the time spine before aggregation: not at all, shifted
 * ({@code offset_window}, {@code offset_to_grain} of a derived metric's input) or accumulated (cumulative).
 */
sealed interface TimeShift {

    None NONE = new None();

    record None() implements TimeShift {
    }

    /** Each spine day takes the rows of {@code window} earlier. */
    record OffsetWindow(Window window) implements TimeShift {
    }

    /** Each spine day takes the rows of the first day of its {@code grain} period. */
    record OffsetToGrain(TimeGranularity grain) implements TimeShift {
    }

    /** Each spine day takes the rows of the trailing window, the period to date, or all time before it. */
    record Cumulative(Optional<Window> window, Optional<TimeGranularity> grainToDate) implements TimeShift {
    }

    /** Shifts applied one after the other, outermost first (an offset metric inside an offset derived metric). */
    record Stacked(List<TimeShift> steps) implements TimeShift {
        public Stacked {
            steps = List.copyOf(steps);
        }
    }

    /** {@code outer} then {@code inner}: the inner input is shifted relative to the outer's shifted day. */
    static TimeShift then(TimeShift outer, TimeShift inner) {
        if (outer instanceof None) {
            return inner;
        }
        if (inner instanceof None) {
            return outer;
        }
        List<TimeShift> steps = new ArrayList<>(steps(outer));
        steps.addAll(steps(inner));
        return new Stacked(steps);
    }

    /** The single shifts of {@code shift}, outermost first. */
    static List<TimeShift> steps(TimeShift shift) {
        return switch (shift) {
            case None n -> List.of();
            case Stacked s -> s.steps();
            default -> List.of(shift);
        };
    }

    /** {@code "<count> <grain>"} as MetricFlow writes windows ({@code 7 days}, {@code 1 month}). */
    record Window(int count, TimeGranularity grain) {
        static Optional<Window> parse(String text) {
            String[] parts = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (parts.length != 2 || !parts[0].matches("\\d+")) {
                return Optional.empty();
            }
            String unit = parts[1].endsWith("s") ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
            return TimeGranularity.parse(unit).map(g -> new Window(Integer.parseInt(parts[0]), g));
        }
    }
}
