package gdviz.core.descent;

/**
 * Receives each step of a descent as soon as it is computed, so a long run can be written out
 * without being held in memory.
 *
 * @param <X> what the listener may throw, such as {@link java.io.IOException} for a file writer;
 *            the engine lets it through unchanged and stops the run
 */
@FunctionalInterface
public interface StepListener<X extends Exception> {

    /**
     * Takes one step.
     *
     * @param step valid only during this call; copy what you keep
     */
    void accept(Step step) throws X;
}
