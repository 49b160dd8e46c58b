import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.cli.MavenCli;

/**
 * Two Maven builds in this one JVM, as mvnd runs them: Maven's embedded launcher, started with
 * Maven's lib and boot folders on the class path. Usage: java Builds.java PROJECT_DIR LOCAL_REPO.
 * After each build it prints how many containers of the project exist, while the JVM still runs.
 */
public class Builds {
    public static void main(String[] args) throws Exception {
        String dir = args[0];
        System.setProperty("maven.multiModuleProjectDirectory", dir);
        String[] common = {"-B", "-o", "-Dmaven.repo.local=" + args[1]};
        int first = build(dir, "first", common, "-Pfailing-test", "verify");
        System.out.println("[builds] first build: exit " + first + "; containers while the JVM lives: " + containers());
        int second = build(dir, "second", common, "dockerbox:start");
        System.out.println("[builds] second build: exit " + second + "; containers while the JVM lives: " + containers());
        System.out.println("[builds] done");
    }

    private static int build(String dir, String name, String[] common, String... goals) throws Exception {
        String[] args = new String[common.length + goals.length];
        System.arraycopy(common, 0, args, 0, common.length);
        System.arraycopy(goals, 0, args, common.length, goals.length);
        try (PrintStream log = new PrintStream(new java.io.FileOutputStream(dir + "/maven-" + name + ".log"), true, StandardCharsets.UTF_8)) {
            return new MavenCli().doMain(args, dir, log, log);
        }
    }

    private static String containers() throws Exception {
        Process p = new ProcessBuilder("docker", "ps", "-aq", "--filter", "label=dockerbox.project=io.dockerbox.it:reap-embedded")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return String.valueOf(out.isEmpty() ? 0 : out.split("\\s+").length);
    }
}
