package dev.steward.model.yaml.edit;

/** An edit that cannot be made on this text; the message says which path, what is there, and what is allowed. */
public final class YamlEditException extends RuntimeException {
    public YamlEditException(String message) {
        super(message);
    }
}
