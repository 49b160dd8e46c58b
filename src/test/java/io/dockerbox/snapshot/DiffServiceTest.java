package io.dockerbox.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockerbox.engine.FileChange;
import io.dockerbox.engine.FileChange.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffServiceTest {
    @Test
    void aFolderChangedOnlyByWhatItHoldsIsLeftToItsPaths() {
        List<FileChange> changes = List.of(new FileChange("/opt", Kind.CHANGED), new FileChange("/opt/app", Kind.CHANGED),
                new FileChange("/opt/app/old", Kind.DELETED), new FileChange("/root-x", Kind.ADDED), new FileChange("/etc/motd", Kind.CHANGED),
                new FileChange("/new", Kind.ADDED), new FileChange("/new/file", Kind.ADDED));
        assertEquals(List.of(new FileChange("/opt/app/old", Kind.DELETED), new FileChange("/root-x", Kind.ADDED),
                new FileChange("/etc/motd", Kind.CHANGED), new FileChange("/new", Kind.ADDED), new FileChange("/new/file", Kind.ADDED)),
                DiffService.withoutParents(changes));
    }

    @Test
    void changesAreSummedUpUnderTheirFirstTwoFolders() {
        assertEquals("/", DiffService.folder("/root-x"));
        assertEquals("/etc", DiffService.folder("/etc/motd"));
        assertEquals("/var/lib", DiffService.folder("/var/lib/mysql/ibdata1"));
        assertEquals("/opt/app", DiffService.folder("/opt/app/old"));
    }
}
