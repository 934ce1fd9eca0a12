package dev.steward.model.diff.product;

import static dev.steward.model.diff.ChangeSeverity.BREAKING;
import static dev.steward.model.diff.ChangeSeverity.INFO;
import static dev.steward.model.diff.ChangeSeverity.WARNING;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diff.ArtifactDiffer;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeCollector;
import dev.steward.model.diff.ChangeCollector.Element;
import dev.steward.model.diff.ElementMatcher;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.UnparsableChange;
import dev.steward.model.diff.product.ProductSide.Port;
import dev.steward.model.lineage.LineageIds;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.MeshProductReader;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.yaml.SourceRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The diff rules of data products, Bitol ODPS (v0.9.0, v1.0.0) and the Data Product Specification
 * 0.0.1 alike: the product's identity, owner, domain and status, and its ports matched by name
 * (ODPS ports by name and version first, since a new major version of a port is a port of its own;
 * DPS ports by {@code id}). The rules are in {@link ProductRules}. Stateless and thread-safe.
 */
public final class DataProductDiffer implements ArtifactDiffer {

    @Override
    public Set<ArtifactKind> kinds() {
        return Set.of(ArtifactKind.DATA_PRODUCT);
    }

    @Override
    public List<SemanticChange> diff(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        return UnparsableChange.guard(before, after, () -> {
            ChangeCollector out = new ChangeCollector();
            Optional<ProductSide> base = before.flatMap(b -> side(b, true, out));
            Optional<ProductSide> head = after.flatMap(h -> side(h, false, out));
            if (!out.isEmpty()) {
                return out.changes();
            }
            if (base.isPresent() && head.isPresent()) {
                compare(out, base.get(), head.get());
            } else if (head.isPresent()) {
                out.added(element(head.get()), INFO, "product-added", Optional.of(head.get().root().range()));
            } else {
                out.removed(element(base.orElseThrow()), BREAKING, "product-removed", Optional.of(base.get().root().range()));
            }
            return out.changes();
        });
    }

    @Override
    public String title(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        ArtifactRevision revision = after.or(() -> before).orElseThrow();
        Optional<MeshProduct> product = ProductStandard.detect(revision.text())
                .flatMap(standard -> MeshProductReader.read(revision.document(), standard));
        String id = product.map(MeshProduct::id).orElse(null);
        String name = product.map(MeshProduct::name).orElse(null);
        if (id != null && name != null && !name.equals(id)) {
            return id + " (" + name + ")";
        }
        return id != null ? id : name != null ? name : revision.path().substring(revision.path().lastIndexOf('/') + 1);
    }

    private static Optional<ProductSide> side(ArtifactRevision revision, boolean base, ChangeCollector out) {
        Optional<SemanticChange> unparsable = UnparsableChange.firstError(revision, base, revision.document().problems());
        if (unparsable.isPresent()) {
            out.add(unparsable.get());
            return Optional.empty();
        }
        Optional<ProductStandard> standard = ProductStandard.detect(revision.text());
        Optional<ProductSide> side = standard.flatMap(s -> MeshProductReader.read(revision.document(), s))
                .flatMap(p -> revision.document().rootMapping().map(root -> ProductSide.of(p, root)));
        if (side.isEmpty()) {
            out.add(UnparsableChange.of(revision, base, SourceRange.START,
                    "not an ODPS or DPS data product: expected a mapping with apiVersion and kind: DataProduct, "
                            + "or dataProductSpecification, or id, info and ports"));
        }
        return side;
    }

    private static Element element(ProductSide side) {
        String id = side.product().id();
        return new Element("", "data product `" + side.product().label() + "`",
                Optional.ofNullable(id).map(LineageIds::dataProduct));
    }

    private static void compare(ChangeCollector out, ProductSide base, ProductSide head) {
        ProductStandard standard = head.standard();
        Element product = element(head);
        out.fields(product, base, head, ProductRules.product(standard), base::at, head::at);
        String productId = Optional.ofNullable(head.product().id()).orElse(base.product().id());
        ports(out, base.outputs(), head.outputs(), productId, standard, false);
        ports(out, base.inputs(), head.inputs(), productId, standard, true);
    }

    private static void ports(ChangeCollector out, List<Port> base, List<Port> head, String productId,
                              ProductStandard standard, boolean input) {
        String kind = input ? "input" : "output";
        ElementMatcher.Visitor<Port> visitor = new ElementMatcher.Visitor<>() {
            @Override
            public void removed(Port b) {
                out.removed(port(b, productId), input ? WARNING : BREAKING, kind + "-port-removed", Optional.of(b.node().range()));
            }

            @Override
            public void added(Port h) {
                out.added(port(h, productId), INFO, kind + "-port-added", Optional.of(h.node().range()));
            }

            @Override
            public void kept(Port b, Port h) {
                out.fields(port(h, productId), b, h, input ? ProductRules.input(standard) : ProductRules.output(standard),
                        b::at, h::at);
            }
        };
        if (standard == ProductStandard.ODPS) {
            ElementMatcher.match(base, head, visitor, Port::nameAndVersion, Port::name);
        } else {
            ElementMatcher.match(base, head, visitor, Port::name);
        }
    }

    private static Element port(Port port, String productId) {
        String list = port.input() ? "inputPorts" : "outputPorts";
        return new Element(list + "." + port.name(), (port.input() ? "input" : "output") + " port `" + port.name() + "`",
                Optional.ofNullable(productId).map(id -> LineageIds.port(id, port.input(), port.name())));
    }
}
