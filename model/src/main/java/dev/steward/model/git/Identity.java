package dev.steward.model.git;

import java.util.Optional;

/** Who commits: the name and email written into the commit. Both non-blank. */
public record Identity(String name, String email) {

    public Identity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The name of an identity cannot be blank");
        }
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("The email of an identity cannot be blank");
        }
        name = name.strip();
        email = email.strip();
    }

    /** An identity when both parts are present and non-blank. */
    public static Optional<Identity> of(String name, String email) {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Identity(name, email));
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
