package dev.steward.model.bench;

import dev.steward.model.bench.DbtResource.Layer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates dbt-like projects for lineage benchmarks, deterministically from a seed. Resources flow
 * sources → staging → intermediate → marts → exposures and are spread over packages of uneven size
 * (about one per 120 resources). Like real projects (the Fivetran and Tuva packages in the corpus):
 * a staging model reads one source, sometimes two; intermediate models join 1–4 staging or intermediate
 * models; marts join 2–6 parents, skip layers (mart on staging) and build on other marts (dims into
 * facts); exposures read 1–5 marts. Most dependencies stay inside a package, about one in six crosses.
 * Parents are partly picked by preferential attachment, so a few hubs (dim_customers, stg_dates) get
 * a large fan-out. About 2 edges per node.
 */
public final class DbtProjectGenerator {

    public static final long DEFAULT_SEED = 20_261_127L;
    private static final double CROSS_PACKAGE = 0.17;
    private static final double PREFERENTIAL = 0.3;
    private static final List<String> DOMAINS = List.of("finance", "sales", "marketing", "product", "support",
            "billing", "hr", "logistics", "inventory", "web", "ads", "crm", "payments", "risk", "growth", "ops");
    private static final List<String> ENTITIES = List.of("customers", "orders", "order_items", "payments",
            "invoices", "accounts", "subscriptions", "events", "sessions", "products", "campaigns", "tickets",
            "employees", "shipments", "refunds", "contacts", "deals", "leads", "plans", "dates");

    private final long seed;

    public DbtProjectGenerator() {
        this(DEFAULT_SEED);
    }

    public DbtProjectGenerator(long seed) {
        this.seed = seed;
    }

    /** A project with exactly {@code resources} resources (sources, models and exposures together). */
    public GeneratedDbtProject generate(int resources) {
        if (resources < 5) {
            throw new IllegalArgumentException("A generated project needs at least 5 resources (one per layer), got " + resources);
        }
        return new Run(new Random(seed), resources).generate();
    }

    /**
     * {@code project} with dbt data tests added after its resources, as {@code dbt build} projects have them:
     * each model gets 0 to 2 tests ({@code not_null} and {@code unique} on its key, about 1.1 per model), and
     * about one test in six is a {@code relationships} test that also depends on a second, upstream model.
     * The resources of {@code project} are kept as they are; the tests come on top of their count.
     */
    public GeneratedDbtProject withDataTests(GeneratedDbtProject project) {
        Random random = new Random(seed ^ 0x7e57L);
        List<DbtResource> all = new ArrayList<>(project.resources());
        List<DbtResource> models = project.resources().stream()
                .filter(r -> r.layer().resourceType().equals("model")).toList();
        int index = 0;
        for (DbtResource model : models) {
            int tests = random.nextDouble() < 0.25 ? 0 : random.nextDouble() < 0.55 ? 1 : 2;
            for (int t = 0; t < tests; t++) {
                boolean relationship = t == 1 && random.nextDouble() < 0.35 && !model.dependsOn().isEmpty();
                String kind = relationship ? "relationships" : t == 0 ? "not_null" : "unique";
                String name = kind + "_" + model.name() + "_id_" + index++;
                List<String> parents = relationship
                        ? List.of(model.uniqueId(), model.dependsOn().get(random.nextInt(model.dependsOn().size())))
                        : List.of(model.uniqueId());
                all.add(new DbtResource("test." + model.packageName() + "." + name, Layer.TEST, model.packageName(), name,
                        parents.stream().distinct().toList()));
            }
        }
        return new GeneratedDbtProject(all);
    }

    private static final class Run {
        private final Random random;
        private final int total;
        private final List<String> packages = new ArrayList<>();
        private final double[] packageWeights;
        private final List<DbtResource> out = new ArrayList<>();
        /** Per layer, per package index: unique ids made so far. */
        private final Map<Layer, List<List<String>>> pools = new EnumMap<>(Layer.class);
        /** Per layer, every parent picked so far, once per pick: drawing from it is preferential attachment. */
        private final Map<Layer, List<String>> picked = new EnumMap<>(Layer.class);

        Run(Random random, int total) {
            this.random = random;
            this.total = total;
            int count = Math.max(3, total / 120);
            packageWeights = new double[count];
            for (int i = 0; i < count; i++) {
                String domain = DOMAINS.get(i % DOMAINS.size());
                packages.add(i < DOMAINS.size() ? domain : domain + "_" + (i / DOMAINS.size() + 1));
                packageWeights[i] = 1.0 / (1 + i * 0.15); // uneven: the first packages are several times larger
            }
            for (Layer layer : Layer.values()) {
                List<List<String>> perPackage = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    perPackage.add(new ArrayList<>());
                }
                pools.put(layer, perPackage);
                picked.put(layer, new ArrayList<>());
            }
        }

        GeneratedDbtProject generate() {
            int[] counts = layerCounts();
            for (Layer layer : Layer.values()) {
                for (int i = 0; layer != Layer.TEST && i < counts[layer.ordinal()]; i++) {
                    add(layer, i);
                }
            }
            return new GeneratedDbtProject(out);
        }

        private int[] layerCounts() {
            double[] share = {0.14, 0.28, 0.22, 0.26, 0.10};
            int[] counts = new int[share.length];
            int sum = 0;
            for (int i = 0; i < share.length; i++) {
                counts[i] = Math.max(1, (int) Math.round(total * share[i]));
                sum += counts[i];
            }
            counts[Layer.MART.ordinal()] += total - sum; // exact total
            return counts;
        }

        private void add(Layer layer, int index) {
            int pkg = pickPackage();
            String packageName = packages.get(pkg);
            String entity = ENTITIES.get(random.nextInt(ENTITIES.size()));
            String name = switch (layer) {
                case SOURCE -> "raw_" + entity + "_" + index;
                case STAGING -> "stg_" + packageName + "__" + entity + "_" + index;
                case INTERMEDIATE -> "int_" + entity + "_" + verb() + "_" + index;
                case MART -> (random.nextBoolean() ? "fct_" : "dim_") + entity + "_" + index;
                case EXPOSURE -> "dashboard_" + packageName + "_" + entity + "_" + index;
                case TEST -> throw new IllegalStateException("data tests are added after the project, see withDataTests");
            };
            String uniqueId = switch (layer) {
                case SOURCE -> "source." + packageName + "." + packageName + "_raw." + name;
                case EXPOSURE -> "exposure." + packageName + "." + name;
                default -> "model." + packageName + "." + name;
            };
            List<String> parents = parents(layer, pkg);
            out.add(new DbtResource(uniqueId, layer, packageName, name, parents));
            pools.get(layer).get(pkg).add(uniqueId);
        }

        private String verb() {
            return List.of("joined", "pivoted", "enriched", "aggregated", "deduped").get(random.nextInt(5));
        }

        private List<String> parents(Layer layer, int pkg) {
            Set<String> parents = new LinkedHashSet<>();
            int wanted = switch (layer) {
                case SOURCE -> 0;
                case STAGING -> random.nextDouble() < 0.08 ? 2 : 1;
                case INTERMEDIATE -> 1 + geometric(0.45, 3);
                case MART -> 2 + geometric(0.4, 4);
                case EXPOSURE -> 1 + geometric(0.5, 4);
                case TEST -> throw new IllegalStateException("data tests are added after the project, see withDataTests");
            };
            for (int attempt = 0; parents.size() < wanted && attempt < wanted * 4; attempt++) {
                String parent = parent(layer, pkg);
                if (parent != null) {
                    parents.add(parent);
                }
            }
            return List.copyOf(parents);
        }

        private String parent(Layer layer, int pkg) {
            Layer from = switch (layer) {
                case STAGING -> Layer.SOURCE;
                case INTERMEDIATE -> random.nextDouble() < 0.7 ? Layer.STAGING : Layer.INTERMEDIATE;
                case MART -> weighted(new Layer[] {Layer.INTERMEDIATE, Layer.STAGING, Layer.MART}, new double[] {0.55, 0.25, 0.2});
                case EXPOSURE -> random.nextDouble() < 0.9 ? Layer.MART : Layer.INTERMEDIATE;
                case SOURCE, TEST -> throw new IllegalStateException(layer + " parents are not drawn from the layers");
            };
            List<String> hubs = picked.get(from);
            if (layer != Layer.STAGING && random.nextDouble() < PREFERENTIAL && !hubs.isEmpty()) {
                return remember(from, hubs.get(random.nextInt(hubs.size())));
            }
            int inPackage = random.nextDouble() < CROSS_PACKAGE ? pickPackage() : pkg;
            List<String> pool = pools.get(from).get(inPackage);
            if (pool.isEmpty()) {
                pool = firstNonEmpty(from);
            }
            return pool == null ? null : remember(from, pool.get(random.nextInt(pool.size())));
        }

        private String remember(Layer layer, String parent) {
            picked.get(layer).add(parent);
            return parent;
        }

        private List<String> firstNonEmpty(Layer layer) {
            List<List<String>> perPackage = pools.get(layer);
            int start = random.nextInt(perPackage.size());
            for (int i = 0; i < perPackage.size(); i++) {
                List<String> pool = perPackage.get((start + i) % perPackage.size());
                if (!pool.isEmpty()) {
                    return pool;
                }
            }
            return null;
        }

        private int pickPackage() {
            double sum = 0;
            for (double w : packageWeights) {
                sum += w;
            }
            double r = random.nextDouble() * sum;
            for (int i = 0; i < packageWeights.length; i++) {
                r -= packageWeights[i];
                if (r < 0) {
                    return i;
                }
            }
            return packageWeights.length - 1;
        }

        private Layer weighted(Layer[] layers, double[] weights) {
            double r = random.nextDouble();
            for (int i = 0; i < layers.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return layers[i];
                }
            }
            return layers[layers.length - 1];
        }

        /** Failures before the first success, capped: 0 with probability p, 1 with p(1-p), ... */
        private int geometric(double p, int max) {
            int k = 0;
            while (k < max && random.nextDouble() >= p) {
                k++;
            }
            return k;
        }
    }
}
