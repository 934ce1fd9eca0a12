package dev.steward.model.lineage;

import java.util.List;

/** A built lineage graph and what could not be read while building it. */
public record Lineage(LineageGraph graph, List<LineageProblem> problems) {

    public Lineage {
        problems = List.copyOf(problems);
    }
}
