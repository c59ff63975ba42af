package gdviz.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts a fresh JVM on this benchmark's class path with the headless JavaFX toolkit (Monocle, software
 * pipeline), the same settings as the headless UI tests, and hands each line it prints to a consumer.
 */
final class ChildJvm {

    static final List<String> HEADLESS_FX = List.of("-Dtestfx.robot=glass", "-Dtestfx.headless=true",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Djava.awt.headless=true");

    private ChildJvm() {
    }

    /**
     * Runs {@code mainClass} with {@code args} and waits for it.
     *
     * @param lines receives each line of standard output as it comes
     * @throws IllegalStateException when the JVM exits with a failure
     */
    static void run(List<String> jvmOptions, String mainClass, List<String> args, Consumer<String> lines)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS_FX);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.accept(line);
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(mainClass + " exited with " + exit);
        }
    }
}
