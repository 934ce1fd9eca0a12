package dev.steward.model.mesh.org;

import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects domains, teams, source systems and usage agreements from the files of a workspace (see
 * the package documentation for the layouts). {@link #accept} takes any parsed file and says whether
 * it was one of these; never throws on odd input. Not thread-safe: one instance per build.
 */
public final class OrganizationReader {

    private static final Set<String> DOMAINS_FILE_KEYS = Set.of("domains", "teams");

    private final List<Domain> domains = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<SourceSystem> sourceSystems = new ArrayList<>();
    private final List<UsageAgreement> agreements = new ArrayList<>();

    /** Whether {@code document} holds domains/teams ({@code domains.yaml} layout) by content alone. */
    public static boolean isDomainsFile(YamlDocument document) {
        return document.rootMapping().filter(m -> !m.entries().isEmpty()
                && DOMAINS_FILE_KEYS.containsAll(m.keys())
                && m.entries().stream().allMatch(e -> e.value() instanceof YamlSequence || e.value().isNull()))
                .isPresent();
    }

    /** Reads {@code document} when it is an organisation file; false when it is not one. */
    public boolean accept(YamlDocument document) {
        Optional<YamlMapping> root = document.rootMapping();
        if (root.isEmpty()) {
            return false;
        }
        YamlMapping m = root.get();
        Path path = document.path();
        if (isDomainsFile(document)) {
            items(m, "domains").forEach(d -> domains.add(domain(d, path)));
            items(m, "teams").forEach(t -> teams.add(team(t, path)));
            return true;
        }
        if (m.has("dataUsageAgreementSpecification")) {
            agreements.add(agreement(m, path));
            return true;
        }
        String folder = path == null || path.getParent() == null ? "" : path.getParent().getFileName().toString();
        if (folder.equals("teams") && m.has("id") && (m.has("name") || m.has("members"))) {
            teams.add(team(m, path));
            return true;
        }
        if (folder.equals("sourcesystems") && m.has("id")) {
            sourceSystems.add(new SourceSystem(text(m, "id"), text(m, "name"), text(m, "owner"), path, m.range()));
            return true;
        }
        return false;
    }

    public Organization build() {
        return new Organization(domains, teams, sourceSystems, agreements);
    }

    private static Domain domain(YamlMapping m, Path path) {
        return new Domain(text(m, "id"), text(m, "name"), text(m, "description"), text(m, "parent"), path, m.range());
    }

    private static Team team(YamlMapping m, Path path) {
        List<Team.Member> members = new ArrayList<>();
        for (YamlMapping member : items(m, "members")) {
            String user = member.text("username").or(() -> member.text("emailAddress")).orElse(null);
            members.add(new Team.Member(user, text(member, "role")));
        }
        return new Team(text(m, "id"), text(m, "name"), text(m, "type"), text(m, "domain"), members, path, m.range());
    }

    private static UsageAgreement agreement(YamlMapping m, Path path) {
        YamlMapping provider = m.mapping("provider").orElse(null);
        YamlMapping consumer = m.mapping("consumer").orElse(null);
        YamlMapping info = m.mapping("info").orElse(null);
        return new UsageAgreement(text(m, "id"), text(provider, "teamId"), text(provider, "dataProductId"),
                text(provider, "outputPortId"), text(consumer, "teamId"), text(consumer, "dataProductId"),
                text(info, "status"), path, m.range());
    }

    private static List<YamlMapping> items(YamlMapping m, String key) {
        List<YamlMapping> out = new ArrayList<>();
        m.sequence(key).ifPresent(s -> {
            for (YamlNode item : s.items()) {
                if (item instanceof YamlMapping im) {
                    out.add(im);
                }
            }
        });
        return out;
    }

    private static String text(YamlMapping m, String key) {
        return m == null ? null : m.text(key).orElse(null);
    }
}
