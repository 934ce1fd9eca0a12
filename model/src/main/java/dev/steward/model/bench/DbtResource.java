package dev.steward.model.bench;

import java.util.List;

/**
 * One generated dbt resource: a source, a model (staging, intermediate or mart), an exposure or a data test, with
 * the unique ids of its direct parents ({@code depends_on.nodes} in a manifest).
 */
public record DbtResource(String uniqueId, Layer layer, String packageName, String name, List<String> dependsOn) {

    public DbtResource {
        dependsOn = List.copyOf(dependsOn);
    }

    /** The dbt layers, upstream to downstream, and the manifest resource type of each; data tests hang off models. */
    public enum Layer {
        SOURCE("source"), STAGING("model"), INTERMEDIATE("model"), MART("model"), EXPOSURE("exposure"), TEST("test");

        private final String resourceType;

        Layer(String resourceType) {
            this.resourceType = resourceType;
        }

        public String resourceType() {
            return resourceType;
        }
    }
}
