package gdviz.core.analysis;

/**
 * Hears how far a long computation has come, for a progress bar.
 *
 * <p>Called from the computing threads, one call at a time, with {@code done} rising by one from 1 to
 * {@code total}; keep it quick. A JavaFX {@code Task} can pass its own {@code updateProgress}.
 */
@FunctionalInterface
public interface Progress {

    /** Ignores every report. */
    Progress NONE = (done, total) -> {
    };

    /**
     * @param done  how many parts are finished
     * @param total how many parts there are
     */
    void advanced(long done, long total);
}
