package dev.steward.model.lineage.layout;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * An ELK progress monitor that stops a layout between phases. ELK layered asks
 * {@link #isCanceled()} only between connected components, but every phase and intermediate processor
 * begins its own sub-monitor; this monitor throws {@link CancellationException} there once the signal
 * says so, which abandons the layout at the next phase boundary.
 */
final class CancellableMonitor extends BasicProgressMonitor {

    private final BooleanSupplier cancelled;

    CancellableMonitor(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Graph layout cancelled");
        }
    }

    @Override
    protected void doBegin(String name, float totalWork, boolean topInstance, int maxHierarchyLevels) {
        checkCancelled();
        super.doBegin(name, totalWork, topInstance, maxHierarchyLevels);
    }

    @Override
    public boolean isCanceled() {
        return cancelled.getAsBoolean();
    }

    @Override
    protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
        return new CancellableMonitor(cancelled).withMaxHierarchyLevels(maxHierarchyLevels > 0 ? maxHierarchyLevels - 1 : maxHierarchyLevels);
    }
}
