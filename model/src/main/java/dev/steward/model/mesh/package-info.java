/**
 * The data mesh of a workspace: data products (Bitol ODPS v0.9.0/v1.0.0 and the Data Product
 * Specification 0.0.1), their ports and the contracts those promise and consume, domains and teams,
 * and the product → product dependencies between them.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.steward.model.mesh.MeshWorkspaceReader#read(java.nio.file.Path)} and
 *       {@link dev.steward.model.mesh.MeshModelBuilder} build a {@link dev.steward.model.mesh.MeshModel};</li>
 *   <li>{@link dev.steward.model.mesh.DataProductLinter#lint} validates one data product file (structure,
 *       then the mesh rules with the live text in place), the call the studio and {@code steward lint}
 *       make for a file recognised by {@link dev.steward.model.mesh.product.ProductStandard#detect};</li>
 *   <li>{@link dev.steward.model.mesh.governance.MeshPolicyChecker#check} checks the whole mesh.</li>
 * </ul>
 * Sub-packages: {@code product} (typed records, readers, recogniser), {@code schema} (structure of the
 * standards, rules {@code product-*}), {@code org} (domains, teams, source systems, usage
 * agreements), {@code governance} (federated-governance rules {@code mesh-*}).
 */
package dev.steward.model.mesh;
