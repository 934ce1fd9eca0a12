package dev.steward.model.contract.migration;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;

/** Counts the comments of a YAML text, as the YAML scanner sees them (not '#' inside values). */
final class YamlComments {

    private YamlComments() {
    }

    static int count(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        int comments = 0;
        try {
            for (Event e : new Yaml(options).parse(new StringReader(text))) {
                if (e instanceof CommentEvent) {
                    comments++;
                }
            }
        } catch (YAMLException e) {
            // the caller migrates parsed documents only; a late scanner error just ends the count
        }
        return comments;
    }
}
