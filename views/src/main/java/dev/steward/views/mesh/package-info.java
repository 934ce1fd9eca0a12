/**
 * The domain map: data products grouped by domain, their product → product dependencies, and the
 * mesh governance findings on them. {@link dev.steward.views.mesh.DomainMapView#forWorkspace} is the entry point.
 */
package dev.steward.views.mesh;
