package dev.steward.model.mesh.org;

import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.List;

/** A team: owns data products and contracts. {@code domain} is the id of its domain (null: not said). */
public record Team(String id, String name, String type, String domain, List<Member> members, Path path,
                   SourceRange range) {

    public Team {
        members = List.copyOf(members);
    }

    /** A member: a user name or e-mail address and a free-text role. */
    public record Member(String user, String role) {
    }
}
