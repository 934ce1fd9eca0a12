package dev.steward.model.contract.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every supported version of one standard, oldest first. Immutable and shared. */
public record SpecFamily(List<Spec> specs) {

    public SpecFamily {
        specs = specs.stream().sorted(Comparator.comparing(Spec::version)).toList();
    }

    public Optional<Spec> find(String versionLabel) {
        return specs.stream().filter(s -> s.version().label().equals(versionLabel)).findFirst();
    }

    public List<Spec> laterThan(Version version) {
        return specs.stream().filter(s -> s.version().compareTo(version) > 0).toList();
    }

    public Spec latest() {
        return specs.getLast();
    }

    public String labels() {
        return specs.stream().map(s -> s.version().label()).collect(Collectors.joining(", "));
    }
}
