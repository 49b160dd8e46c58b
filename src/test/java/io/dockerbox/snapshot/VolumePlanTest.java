package io.dockerbox.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dockerbox.config.CommitVolumes;
import io.dockerbox.config.ConfigException;
import io.dockerbox.engine.Mount;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumePlanTest {
    private static final String ID = "a".repeat(64);
    private static final Mount ANONYMOUS = new Mount("volume", ID, "/var/lib/docker/volumes/" + ID + "/_data", "/var/lib/mysql", true);
    private static final Mount NAMED = new Mount("volume", "site-db", "/var/lib/docker/volumes/site-db/_data", "/srv/shared", true);
    private static final Mount BIND = new Mount("bind", null, "/home/me/site", "/var/www", true);
    private static final Mount TMPFS = new Mount("tmpfs", null, "", "/run/cache", true);
    private static final List<Mount> ALL_KINDS = List.of(NAMED, BIND, ANONYMOUS, TMPFS);

    @Test
    void byDefaultKeepsOnlyTheAnonymousVolumes() {
        VolumePlan plan = VolumePlan.of(ALL_KINDS, CommitVolumes.ANONYMOUS);
        assertEquals(List.of(ANONYMOUS), plan.kept());
        assertEquals(List.of(
                "tmpfs mount at /run/cache left out: it holds nothing that outlives the container",
                "named volume site-db at /srv/shared left out (dockerbox.commitVolumes=anonymous): a named volume is shared and"
                        + " outlives the container; -Ddockerbox.commitVolumes=all commits it",
                "bind mount of /home/me/site at /var/www left out: a bind mount is your own folder and is never committed"),
                plan.leftOut().stream().map(VolumePlan.LeftOut::why).toList());
    }

    @Test
    void allKeepsNamedVolumesTooButNeverABindMount() {
        VolumePlan plan = VolumePlan.of(ALL_KINDS, CommitVolumes.ALL);
        assertEquals(List.of(NAMED, ANONYMOUS), plan.kept());
        assertEquals(List.of(TMPFS, BIND), plan.leftOut().stream().map(VolumePlan.LeftOut::mount).toList());
    }

    @Test
    void noneKeepsNothingAndSaysSoForEachVolume() {
        VolumePlan plan = VolumePlan.of(ALL_KINDS, CommitVolumes.NONE);
        assertEquals(List.of(), plan.kept());
        assertEquals("volume /var/lib/mysql (anonymous) left out (dockerbox.commitVolumes=none)", plan.leftOut().get(2).why());
        assertEquals(4, plan.leftOut().size());
    }

    @Test
    void aVolumeNamedByTheEngineIsAnonymousAndOneNamedByAUserIsNot() {
        assertEquals(true, ANONYMOUS.anonymous());
        assertEquals(false, NAMED.anonymous());
        assertEquals(false, new Mount("volume", "A".repeat(64), "", "/x", true).anonymous());
        assertEquals(false, BIND.anonymous());
    }

    @Test
    void mountsBelowAKeptVolumeAreSkippedInItsArchive() {
        Mount data = new Mount("volume", ID, "", "/data", true);
        Mount cache = new Mount("bind", null, "/tmp/cache", "/data/cache", true);
        Mount inner = new Mount("volume", "b".repeat(64), "", "/data/db", true);
        Mount beside = new Mount("volume", "c".repeat(64), "", "/database", true);
        VolumePlan plan = VolumePlan.of(List.of(data, cache, inner, beside), CommitVolumes.ANONYMOUS);
        assertEquals(List.of("/data/db", "/data/cache"), plan.nestedUnder(data));
        assertEquals(List.of(), plan.nestedUnder(beside));
    }

    @Test
    void commitVolumesAcceptsItsThreeWordsInAnyCaseAndNamesTheFixOtherwise() throws ConfigException {
        assertEquals(CommitVolumes.ANONYMOUS, CommitVolumes.parse(null));
        assertEquals(CommitVolumes.ANONYMOUS, CommitVolumes.parse(" "));
        assertEquals(CommitVolumes.ALL, CommitVolumes.parse("All"));
        assertEquals(CommitVolumes.NONE, CommitVolumes.parse("none"));
        ConfigException e = assertThrows(ConfigException.class, () -> CommitVolumes.parse("named"));
        assertEquals("dockerbox.commitVolumes: 'named' is not one of anonymous (the default: the volumes of the image's VOLUME"
                + " paths), all (named volumes too) or none; e.g. -Ddockerbox.commitVolumes=all", e.getMessage());
    }
}
