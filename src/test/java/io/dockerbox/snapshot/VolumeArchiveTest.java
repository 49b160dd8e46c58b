package io.dockerbox.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockerbox.engine.Mount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumeArchiveTest {
    @TempDir
    Path dir;

    @Test
    void dockersEntriesKeepTheirOwnersAndAreNamedFromTheVolumesParent() throws IOException {
        byte[] engine = tar("mysql/", "mysql/ibdata1", "mysql/sub/", "mysql/sub/link");
        VolumeArchive.Spooled spooled = VolumeArchive.spool(new ByteArrayInputStream(engine), "/var/lib/mysql", List.of(), dir.resolve("v.tar"));
        assertEquals(List.of("mysql/ 999:998 0", "mysql/ibdata1 999:998 5", "mysql/sub/ 999:998 0", "mysql/sub/link 999:998 0 -> mysql/ibdata1"),
                read(spooled.file()));
        assertEquals(5, spooled.contentBytes());
        assertEquals(4, spooled.entries());
        assertEquals(Files.size(spooled.file()), spooled.tarBytes());
        assertEquals("/var/lib/", VolumeArchive.parentFolder("/var/lib/mysql"));
        assertEquals("/", VolumeArchive.parentFolder("/data/"));
    }

    @Test
    void podmansRootedEntriesGetTheVolumesName() throws IOException {
        // Podman 4.3 names the folder itself "/" and what it holds "/x".
        byte[] engine = tar("/", "/ibdata1", "/sub/", "/sub/link");
        VolumeArchive.Spooled spooled = VolumeArchive.spool(new ByteArrayInputStream(engine), "/data", List.of(), dir.resolve("v.tar"));
        assertEquals(List.of("data/ 999:998 0", "data/ibdata1 999:998 5", "data/sub/ 999:998 0", "data/sub/link 999:998 0 -> data/ibdata1"),
                read(spooled.file()));
    }

    @Test
    void mountsBelowTheVolumeAreLeftOut() throws IOException {
        byte[] engine = tar("mysql/", "mysql/ibdata1", "mysql/sub/", "mysql/sub/link");
        VolumeArchive.Spooled spooled = VolumeArchive.spool(new ByteArrayInputStream(engine), "/var/lib/mysql",
                List.of("/var/lib/mysql/sub"), dir.resolve("v.tar"));
        assertEquals(List.of("mysql/ 999:998 0", "mysql/ibdata1 999:998 5"), read(spooled.file()));
    }

    @Test
    void theContextAddsEachVolumeIntoItsParentAndLabelsWhatItHolds() throws IOException {
        Path one = dir.resolve("1.tar");
        Files.write(one, new byte[1024]);
        Mount data = new Mount("volume", "a".repeat(64), "", "/data", true);
        Mount named = new Mount("volume", "site-db", "", "/var/lib/my sql", true);
        List<VolumeArchive.Spooled> spooled = List.of(new VolumeArchive.Spooled(one, 1024, 12, 3), new VolumeArchive.Spooled(one, 1024, 5, 2));
        String dockerfile = VolumeCommit.dockerfile("sha256:abc", List.of(data, named), spooled);
        assertEquals("FROM sha256:abc\nADD [\"volume-0.tar\", \"/\"]\nADD [\"volume-1.tar\", \"/var/lib/\"]\n"
                + "LABEL dockerbox.volumes=\"/data=12;/var/lib/my sql=5@site-db\"\n", dockerfile);
        assertEquals(List.of(new VolumeCommit.Held("/data", 12, null), new VolumeCommit.Held("/var/lib/my sql", 5, "site-db")),
                VolumeCommit.held("/data=12;/var/lib/my sql=5@site-db"));
        ByteArrayOutputStream context = new ByteArrayOutputStream();
        VolumeArchive.writeContext(context, dockerfile, spooled);
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(context.toByteArray()))) {
            TarArchiveEntry e;
            while ((e = in.getNextTarEntry()) != null) {
                names.add(e.getName() + " " + e.getSize());
            }
        }
        assertEquals(List.of("Dockerfile " + dockerfile.length(), "volume-0.tar 1024", "volume-1.tar 1024"), names);
    }

    /** A tar as an engine sends it: a folder, a file of five bytes, a subfolder and a hard link, all owned by 999:998. */
    private static byte[] tar(String root, String file, String sub, String link) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            for (String name : List.of(root, file, sub, link)) {
                TarArchiveEntry e = name.equals(link) ? new TarArchiveEntry(name, TarConstants.LF_LINK) : new TarArchiveEntry(name);
                e.setIds(999, 998);
                if (name.equals(link)) {
                    e.setLinkName(file);
                }
                if (name.equals(file)) {
                    e.setSize(5);
                }
                out.putArchiveEntry(e);
                if (name.equals(file)) {
                    out.write("12345".getBytes(StandardCharsets.UTF_8));
                }
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> read(Path file) throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file); TarArchiveInputStream in = new TarArchiveInputStream(raw)) {
            TarArchiveEntry e;
            while ((e = in.getNextTarEntry()) != null) {
                entries.add(e.getName() + " " + e.getLongUserId() + ":" + e.getLongGroupId() + " " + e.getSize()
                        + (e.isLink() ? " -> " + e.getLinkName() : ""));
            }
        }
        return entries;
    }
}
