package dev.steward.model.mesh.org;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The domains, teams, source systems and usage agreements declared in a workspace. Immutable. */
public record Organization(List<Domain> domains, List<Team> teams, List<SourceSystem> sourceSystems,
                           List<UsageAgreement> agreements) {

    public static final Organization EMPTY = new Organization(List.of(), List.of(), List.of(), List.of());

    public Organization {
        domains = List.copyOf(domains);
        teams = List.copyOf(teams);
        sourceSystems = List.copyOf(sourceSystems);
        agreements = List.copyOf(agreements);
    }

    /** The team whose id or name is {@code idOrName} (ignoring case). */
    public Optional<Team> team(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        return teams.stream().filter(t -> idOrName.equalsIgnoreCase(t.id()) || idOrName.equalsIgnoreCase(t.name()))
                .findFirst();
    }

    public Optional<Domain> domain(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        return domains.stream().filter(d -> idOrName.equalsIgnoreCase(d.id()) || idOrName.equalsIgnoreCase(d.name()))
                .findFirst();
    }

    public Optional<SourceSystem> sourceSystem(String id) {
        return sourceSystems.stream().filter(s -> s.id() != null && s.id().equals(id)).findFirst();
    }

    /**
     * The key two team references are compared by: the id of the declared team they name, else the
     * reference itself in lower case with runs of other characters than letters and digits as '-'
     * ("Shop Data" and "shop-data" are the same team).
     */
    public String teamKey(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return null;
        }
        String id = team(idOrName).map(Team::id).filter(s -> s != null && !s.isBlank()).orElse(idOrName);
        return id.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }
}
