package io.dockerbox.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The terminal Maven runs in, driven with {@code stty} on {@code /dev/tty}: raw mode while a shell
 * is attached (so keys such as Ctrl-C and arrows go to the container), restored afterwards.
 */
public final class Terminal {
    private String saved;

    /** Whether Maven runs in a terminal at all. */
    public static boolean present() {
        return System.console() != null && new File("/dev/tty").exists();
    }

    /** {rows, columns}, or {0, 0} when unknown. */
    public int[] size() {
        try {
            String[] parts = stty("size").trim().split("\\s+");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    public void raw() throws IOException {
        saved = stty("-g").trim();
        stty("raw", "-echo");
    }

    public void restore() {
        try {
            stty(saved != null ? saved : "sane");
        } catch (IOException e) {
            // Nothing more can be done for the terminal; "stty sane" fixes it by hand.
        }
    }

    private static String stty(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "stty";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectInput(new File("/dev/tty")).redirectErrorStream(true).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("stty " + String.join(" ", args) + " failed: " + out.trim());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up the terminal", e);
        }
    }
}
