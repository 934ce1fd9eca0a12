/**
 * Federated governance of the mesh: workspace policies as data. {@link
 * dev.steward.model.mesh.governance.MeshRules} lists the rules ({@code mesh-*}) with their built-in
 * severity and description; {@code steward-policies.yaml} re-grades them, turns them off, limits
 * them to domains ({@code scope}) and sets thresholds ({@code max}); {@link
 * dev.steward.model.mesh.governance.MeshPolicyChecker} checks them on a {@link
 * dev.steward.model.mesh.MeshModel}, placing each finding at the port or field of the product file
 * it concerns.
 */
package dev.steward.model.mesh.governance;
