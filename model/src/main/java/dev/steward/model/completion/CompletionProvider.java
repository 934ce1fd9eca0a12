package dev.steward.model.completion;

import java.util.List;

/** Suggests keys and values at a cursor position of a YAML text. Thread-safe. */
public interface CompletionProvider {

    /** Suggestions at char {@code offset} of {@code text}, best first; empty when none apply. */
    List<CompletionItem> complete(String text, int offset);
}
