package io.dockerbox.build;

import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds each box of several chains once, after its parent; boxes on independent branches (two run
 * boxes on one base, say) are built at the same time. A single chain runs on the calling thread.
 */
final class BuildSchedule {
    /** Builds one box once its parent in the chain is done ({@code parent} is null for the first box of a chain). */
    interface Step {
        BoxResult build(BoxConfig box, BoxResult parent) throws Exception;
    }

    private BuildSchedule() {}

    /** Whether every box builds on the one before it: nothing to run side by side. */
    static boolean linear(DockerboxConfig config, List<BoxConfig> order) {
        for (int i = 1; i < order.size(); i++) {
            String parent = Chain.parentInChain(config, order.get(i)).map(BoxConfig::name).orElse(null);
            if (!order.get(i - 1).name().equals(parent)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param order every box to build, parents before children
     * @return the results in {@code order}; the first failure in that order is thrown once every
     *     branch has ended, so no build is left running behind Maven's back
     */
    static List<BoxResult> run(DockerboxConfig config, List<BoxConfig> order, int threads, Step step) throws Exception {
        if (threads <= 1 || linear(config, order)) {
            List<BoxResult> results = new ArrayList<>();
            Map<String, BoxResult> done = new LinkedHashMap<>();
            for (BoxConfig box : order) {
                BoxResult result = step.build(box, Chain.parentInChain(config, box).map(p -> done.get(p.name())).orElse(null));
                done.put(box.name(), result);
                results.add(result);
            }
            return results;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "dockerbox-build-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, CompletableFuture<BoxResult>> futures = new LinkedHashMap<>();
            for (BoxConfig box : order) {
                CompletableFuture<BoxResult> parent = Chain.parentInChain(config, box)
                        .map(p -> futures.get(p.name()))
                        .orElse(CompletableFuture.completedFuture(null));
                futures.put(box.name(), parent.thenApplyAsync(p -> {
                    try {
                        return step.build(box, p);
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, pool));
            }
            List<BoxResult> results = new ArrayList<>();
            Exception first = null;
            for (CompletableFuture<BoxResult> future : futures.values()) {
                try {
                    results.add(future.join());
                } catch (CompletionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
