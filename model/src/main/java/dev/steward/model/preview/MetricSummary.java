package dev.steward.model.preview;

import dev.steward.model.semantic.Metric;
import java.util.Optional;

/** A metric as a picker lists it: name, type ({@code simple}, {@code ratio}, ...), label and description. */
public record MetricSummary(String name, String type, Optional<String> label, Optional<String> description) {

    static MetricSummary of(Metric m) {
        return new MetricSummary(m.name(), m.type(), m.label(), m.description());
    }
}
