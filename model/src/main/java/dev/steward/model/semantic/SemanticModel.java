package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A semantic model, whichever spec it was written in. {@code model} is the dbt model it reads
 * ({@code ref('x')} gives {@code x}; in the latest spec the enclosing model entry's name);
 * MetricFlow-native files give {@code nodeRelation} instead.
 */
public record SemanticModel(String name, Optional<String> description, Optional<String> label, Optional<String> model,
                            Optional<NodeRelation> nodeRelation, Optional<String> aggTimeDimension,
                            Optional<String> primaryEntity, List<Entity> entities, List<Dimension> dimensions,
                            List<Measure> measures, SourceRange range, Map<String, YamlNode> extensions) {

    public SemanticModel {
        entities = List.copyOf(entities);
        dimensions = List.copyOf(dimensions);
        measures = List.copyOf(measures);
        extensions = Extensions.freeze(extensions);
    }

    public Optional<Entity> entity(String entityName) {
        return entities.stream().filter(e -> e.name().equals(entityName)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionName) {
        return dimensions.stream().filter(d -> d.name().equals(dimensionName)).findFirst();
    }

    public Optional<Measure> measure(String measureName) {
        return measures.stream().filter(m -> m.name().equals(measureName)).findFirst();
    }

    /**
     * How this model holds {@code entityName}: its entity's type, or primary when it is the model's
     * {@code primary_entity} only. Empty when the model does not have the entity.
     */
    public Optional<Entity.Type> entityTypeOf(String entityName) {
        if (primaryEntity.filter(entityName::equals).isPresent()) {
            return Optional.of(Entity.Type.PRIMARY);
        }
        return entity(entityName).flatMap(Entity::entityType);
    }

    /** The primary entity's name: a {@code type: primary} entity, else {@code primary_entity}. */
    public Optional<String> primaryEntityName() {
        return entities.stream().filter(e -> e.entityType().orElse(null) == Entity.Type.PRIMARY)
                .map(Entity::name).findFirst().or(() -> primaryEntity);
    }
}
