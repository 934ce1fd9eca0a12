package dev.steward.model.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment anchored to a changed element.
 *
 * @param id      stable id within the review file
 * @param path    the artifact file, relative with '/'
 * @param element the element path of the change ({@code schema.orders.properties.amount}), or empty for the file
 * @param author  who wrote it ("Name <email>")
 * @param at      when
 * @param text    the comment
 */
public record ReviewComment(String id, String path, String element, String author, Instant at, String text) {

    public ReviewComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
