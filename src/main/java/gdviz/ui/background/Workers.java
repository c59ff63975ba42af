package gdviz.ui.background;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Background threads of the app: one per kind of work, daemons so they never keep the app alive. */
public final class Workers {

    private Workers() {
    }

    /**
     * A single daemon thread; one per kind of work (descent runs, map pictures) keeps a slow picture from
     * delaying the path that is being dragged.
     *
     * @param name the thread's name, shown in thread dumps
     */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
