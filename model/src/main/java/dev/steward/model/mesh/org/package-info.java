/**
 * Domains, teams, source systems and data usage agreements of a mesh, from two layouts:
 * <ul>
 *   <li>Steward's {@code domains.yaml}: one file with top-level {@code domains:} and/or {@code teams:}
 *       lists (recognised by content: no other top-level keys);</li>
 *   <li>the Data Mesh Manager GitOps layout, one resource per file in a folder per kind:
 *       {@code teams/*.yaml} ({@code id, name, type, members[{emailAddress, role}]}),
 *       {@code sourcesystems/*.yaml} ({@code id, name, owner}) and data usage agreements anywhere
 *       (recognised by {@code dataUsageAgreementSpecification}).</li>
 * </ul>
 * The {@code domains.yaml} format:
 * <pre>
 * domains:
 *   - id: sales                 # required; products name it in 'domain'
 *     name: Sales
 *     description: Orders, customers and the catalogue of the web shop
 *     parent: commerce          # optional: the enclosing domain's id
 * teams:
 *   - id: shop-data             # required; products name it (or its name) as owner / team.name
 *     name: Shop Data
 *     domain: sales             # optional: the domain the team belongs to
 *     type: Domain Team         # optional: Domain Team | Platform Team | Governance Group | ...
 *     members:
 *       - username: mreyes      # or emailAddress (GitOps)
 *         role: Data Product Owner
 * </pre>
 */
package dev.steward.model.mesh.org;
