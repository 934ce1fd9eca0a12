package dev.steward.model.mesh.governance;

import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.org.Domain;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Rules on who owns a product and where it belongs: once the workspace declares teams (or domains),
 * a product names one of them ({@code mesh-unknown-team}, {@code mesh-unknown-domain}). A workspace
 * that declares none is not checked: the mesh is then described by its products alone.
 */
final class OwnershipRules {

    private OwnershipRules() {
    }

    static void check(MeshModel model, MeshFindings findings) {
        var org = model.organization();
        boolean teams = !org.teams().isEmpty() && findings.enabled(MeshRules.UNKNOWN_TEAM);
        boolean domains = !org.domains().isEmpty() && findings.enabled(MeshRules.UNKNOWN_DOMAIN);
        for (MeshProduct p : model.products()) {
            if (teams && p.team() != null && !p.team().isBlank() && org.team(p.team()).isEmpty()) {
                Set<String> known = new LinkedHashSet<>();
                org.teams().forEach(t -> add(known, t.id(), t.name()));
                CloseMatch close = CloseMatch.of(p.team(), known);
                findings.add(MeshRules.UNKNOWN_TEAM, p, p.at("team"), "Team '" + p.team() + "' is not declared in"
                        + " the workspace" + close.didYouMean(" (", ")", "") + "; declared teams: " + String.join(", ", known),
                        close.fixAt(p.at("team")));
            }
            if (domains && p.domain() != null && !p.domain().isBlank() && org.domain(p.domain()).isEmpty()) {
                Set<String> known = new LinkedHashSet<>();
                org.domains().forEach(d -> add(known, d.id(), d.name()));
                CloseMatch close = CloseMatch.of(p.domain(), known);
                findings.add(MeshRules.UNKNOWN_DOMAIN, p, p.at("domain"), "Domain '" + p.domain() + "' is not declared"
                        + " in the workspace" + close.didYouMean(" (", ")", "") + "; declared domains: "
                        + String.join(", ", org.domains().stream().map(Domain::id).filter(id -> id != null).toList()),
                        close.fixAt(p.at("domain")));
            }
        }
    }

    private static void add(Set<String> known, String id, String name) {
        if (id != null) {
            known.add(id);
        } else if (name != null) {
            known.add(name);
        }
    }
}
