package io.dockerbox.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WaitConfig;
import io.dockerbox.config.WatchConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No change is dropped because something else failed: what a run's container lacks goes with the next sync. */
class UnsyncedTest {
    private final WatchConfig.Sync www = new WatchConfig.Sync("source/www", Path.of("/p/source/www"), "/source/www", null, false);
    private final RunConfig site = new RunConfig("site", "acme/site", List.of(), List.of(), Map.of(), null, WaitConfig.none(), false,
            List.of(), 10, new WatchConfig(List.of(www)));
    private final Unsynced unsynced = new Unsynced();

    @Test
    void whatAFailedSyncHadGoesWithTheNextBatch() {
        assertEquals(Map.of("site", Map.of(www, Set.of("source/www/a.php"))), unsynced.take(Map.of(site, Map.of(www, Set.of("source/www/a.php")))));
        unsynced.owe("site", www, Set.of("source/www/a.php")); // the sync failed

        assertEquals(Map.of("site", Map.of(www, Set.of("source/www/a.php", "source/www/b.php"))),
                unsynced.take(Map.of(site, Map.of(www, Set.of("source/www/b.php")))));
        assertEquals(Map.of(), unsynced.take(Map.of()), "handed over once: a sync that works owes nothing");
    }

    @Test
    void whatWasLeftToANewContainerThatDidNotComeIsSyncedAfterTheRebuild() {
        unsynced.take(Map.of(site, Map.of(www, Set.of("source/www/a.php"))));
        unsynced.owe("site", www, Set.of("source/www/a.php")); // left to the rebuild, which failed
        assertEquals(Map.of(www, Set.of("source/www/a.php")), unsynced.take("site"));
        assertEquals(Map.of(), unsynced.take("site"));
    }

    @Test
    void aNewContainerOwesNothing() {
        unsynced.owe("site", www, Set.of("source/www/a.php"));
        unsynced.replaced("site");
        assertEquals(Map.of(), unsynced.take("site"));
        assertEquals(Map.of(), unsynced.take(Map.of()));
    }
}
